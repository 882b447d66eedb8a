package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.imports.ImportHistory;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;

/**
 * An uploaded form definition (the API's and the import page's), read within its size and imported
 * whole or refused; the Ministry alone issues forms (national EDITOR). Every import tried is written to
 * the import history of the reporting module (kind {@code form}): who, when, which file, the outcome.
 */
@Component
public class FormUploads {

    /** A form definition is a few hundred kB at most; anything far larger is not one. */
    public static final int MAX_DEFINITION_BYTES = 2 * 1024 * 1024;

    /** The kind of import the history names. */
    public static final String KIND = "form";

    private final FormImports imports;
    private final ImportHistory history;
    private final Texts texts;

    FormUploads(FormImports imports, ImportHistory history, Texts texts) {
        this.imports = imports;
        this.history = history;
        this.texts = texts;
    }

    /** Whether the current user may issue a form (the Ministry's editors). */
    public static boolean mayImport() {
        return CurrentUser.get()
                .map(u -> u.scope().isNational() && u.hasRole(Role.EDITOR))
                .orElse(false);
    }

    /**
     * Imports the uploaded definition.
     *
     * @throws RefusedException 403 for a user outside the Ministry, 413 for a file too large, 422 for a
     *     definition with errors (each naming its JSON path)
     */
    public FormDefinition importUpload(MultipartFile file) {
        NoiVuUser user = CurrentUser.get().orElseThrow();
        if (!user.scope().isNational() || !user.hasRole(Role.EDITOR)) {
            String message = texts.get("reporting.form.import.ministryOnly");
            throw new RefusedException(HttpStatus.FORBIDDEN, texts.get("reporting.refused.title"), message, List.of());
        }
        String filename = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            if (file == null || file.isEmpty()) {
                String message = texts.get("reporting.form.error.noFile");
                throw new RefusedException(
                        texts.get("reporting.form.refused.title"), message, List.of(new Problem("file", message)));
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(MAX_DEFINITION_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > MAX_DEFINITION_BYTES) {
                String message = texts.get("reporting.form.error.tooLarge", MAX_DEFINITION_BYTES / 1024 / 1024);
                throw new RefusedException(
                        HttpStatus.CONTENT_TOO_LARGE,
                        texts.get("reporting.form.refused.title"),
                        message,
                        List.of(new Problem("$", message)));
            }
            FormDefinition form = imports.importDefinition(bytes);
            // One definition is one "row" of the history.
            history.record("reporting", KIND, filename, 1, true, 0, 0);
            return form;
        } catch (RefusedException e) {
            history.record(
                    "reporting",
                    KIND,
                    filename,
                    0,
                    false,
                    Math.max(1, e.problems().size()),
                    0);
            throw e;
        }
    }
}
