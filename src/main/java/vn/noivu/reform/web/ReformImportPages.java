package vn.noivu.reform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.imports.ImportScreen;
import vn.noivu.platform.imports.ImportTemplates;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.reform.Reform;

/**
 * The import page of the administrative reform index ({@code /reform/imports}): a method, survey and
 * measured scores, or a published table — the same upload as {@code POST /api/v1/reform/imports}.
 */
@Controller
@RequestMapping("/reform/imports")
class ReformImportPages {

    private final Reform reform;
    private final Uploads uploads;
    private final ImportTemplates templates;
    private final MessageSource messages;

    ReformImportPages(Reform reform, Uploads uploads, ImportTemplates templates, MessageSource messages) {
        this.reform = reform;
        this.uploads = uploads;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView page() {
        return screen().page();
    }

    @PostMapping
    ModelAndView upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "scores") String kind,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return screen().upload(
                        file,
                        htmx != null,
                        f -> uploads.importFile(
                                "reform",
                                kind,
                                f,
                                uploads.limits("reform", Reform.MAX_IMPORT_ROWS),
                                table -> reform.importFile(kind, f.getOriginalFilename(), table)));
    }

    private ImportScreen screen() {
        List<ImportScreen.Kind> kinds = new ArrayList<>(ImportScreen.Kind.of(templates.of("reform")));
        // A published table has the columns of the scores template.
        kinds.add(new ImportScreen.Kind(
                "published", messages.getMessage("reform.imports.published", null, LocaleContextHolder.getLocale())));
        return new ImportScreen(
                "reform",
                "reform.imports.title",
                "reform.imports.help",
                "/reform/imports",
                kinds,
                ".csv,.xlsx",
                null,
                null,
                ImportScreen.editor(),
                "import.notAllowed");
    }
}
