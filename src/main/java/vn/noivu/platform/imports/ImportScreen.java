package vn.noivu.platform.imports;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * A module's import page drawn by the shared template {@code platform/import-page}: the same parts and
 * wording as the personnel import page (templates to download, the upload form for those allowed, the
 * processing state, the outcome with its errors and warnings, the module's import history). A module's
 * controller describes its page with this record and answers its GET with {@link #page()} and its POST
 * with {@link #upload}.
 *
 * @param module the module, as the import history names it
 * @param titleKey message key of the page's title
 * @param helpKey message key of what the page imports
 * @param action where the form posts
 * @param kinds the kinds of file the page takes (its templates); a select when more than one
 * @param accept the file input's {@code accept}
 * @param sampleUrl a sample file to download instead of the module's templates (null: the templates)
 * @param sampleKey message key of that link
 * @param mayImport whether the user is offered the form
 * @param notAllowedKey message key said to a user not offered it
 */
public record ImportScreen(
        String module,
        String titleKey,
        String helpKey,
        String action,
        List<Kind> kinds,
        String accept,
        String sampleUrl,
        String sampleKey,
        boolean mayImport,
        String notAllowedKey) {

    public static final String TEMPLATE = "platform/import-page";

    /** A kind of file the page takes ({@code kind} as the import names it) and its name for people. */
    public record Kind(String kind, String title) {

        /** The kinds of a module's templates, by their titles. */
        public static List<Kind> of(List<ImportTemplate> templates) {
            return templates.stream().map(t -> new Kind(t.kind(), t.title())).toList();
        }
    }

    /** Whether the current user is offered an import form: the writers (a POST needs the EDITOR role). */
    public static boolean editor() {
        return vn.noivu.platform.security.CurrentUser.get()
                .map(u -> u.hasRole(vn.noivu.platform.security.Role.EDITOR))
                .orElse(false);
    }

    /** The page, without an outcome yet. */
    public ModelAndView page() {
        ModelAndView view = new ModelAndView(TEMPLATE);
        view.addObject("page", this);
        return view;
    }

    /**
     * Runs the upload and answers its outcome: the result fragment to an htmx request (the page keeps
     * its form and history, which reloads itself), else the whole page; a refusal with its status.
     */
    public ModelAndView upload(MultipartFile file, boolean htmx, Function<MultipartFile, ImportResult> operation) {
        ModelAndView view = htmx ? new ModelAndView(TEMPLATE + " :: result") : page();
        view.addObject("page", this);
        view.addObject(
                "filename", file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        try {
            view.addObject("result", operation.apply(file));
        } catch (ImportRefusedException e) {
            view.addObject("result", e.result());
            view.setStatus(HttpStatus.valueOf(e.status()));
        }
        return view;
    }
}
