package vn.noivu.reporting.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reporting.internal.FormDefinition;
import vn.noivu.reporting.internal.FormImports;
import vn.noivu.reporting.internal.FormStore;
import vn.noivu.reporting.internal.Problem;
import vn.noivu.reporting.internal.RefusedException;
import vn.noivu.reporting.internal.Texts;

/**
 * Report form definitions under {@code /api/v1/reporting/forms}: list, one form (its code URL-encoded
 * as issued, e.g. {@code 0601.N%2FBNV-T%C4%90KT}), export as the documented JSON, and import of a new
 * definition or version by the Ministry (national EDITOR or ADMIN).
 */
@RestController
@RequestMapping("/api/v1/reporting/forms")
class FormsApi {

    /** A form definition is a few hundred kB at most; anything far larger is not one. */
    static final int MAX_DEFINITION_BYTES = 2 * 1024 * 1024;

    private final FormStore forms;
    private final FormImports imports;
    private final Texts texts;

    FormsApi(FormStore forms, FormImports imports, Texts texts) {
        this.forms = forms;
        this.imports = imports;
        this.texts = texts;
    }

    /** A form version in a list. */
    record FormItem(
            String code,
            String title,
            String legalBasis,
            String domain,
            String periodType,
            LocalDate validFrom,
            LocalDate validTo,
            int rows,
            int columns) {

        static FormItem of(FormDefinition f) {
            return new FormItem(
                    f.code(),
                    f.title(),
                    f.legalBasis(),
                    f.domain(),
                    f.periodType().name(),
                    f.validFrom(),
                    f.validTo(),
                    f.rows().size(),
                    f.columns().size());
        }
    }

    /** The forms in force on {@code asOf} (default today), or every version with {@code all=true}. */
    @GetMapping
    List<FormItem> list(
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "false") boolean all) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return forms.all().stream()
                .filter(f -> all || f.inForceOn(day))
                .map(FormItem::of)
                .toList();
    }

    /** One form: the version in force on {@code asOf} (default today; else its latest version). */
    @GetMapping("/{code}")
    FormDefinition get(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        return find(code, asOf);
    }

    /** The same definition as a file, ready to edit and import again. */
    @GetMapping("/{code}/export")
    ResponseEntity<String> export(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        FormDefinition form = find(code, asOf);
        String filename = form.code().replaceAll("[^0-9A-Za-z.-]", "_") + "_" + form.validFrom() + ".json";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(forms.toJson(form));
    }

    /** Imports a definition (multipart {@code file}); all or nothing, errors name the JSON path. */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FormDefinition> importForm(@RequestParam("file") MultipartFile file) throws IOException {
        NoiVuUser user = CurrentUser.get().orElseThrow();
        if (!user.scope().isNational() || !user.hasRole(Role.EDITOR)) {
            String message = texts.get("reporting.form.import.ministryOnly");
            throw new RefusedException(HttpStatus.FORBIDDEN, texts.get("reporting.refused.title"), message, List.of());
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MAX_DEFINITION_BYTES + 1);
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
        URI location = URI.create("/api/v1/reporting/forms/"
                + java.net.URLEncoder.encode(form.code(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        return ResponseEntity.created(location).body(form);
    }

    private FormDefinition find(String code, LocalDate asOf) {
        List<FormDefinition> versions = forms.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("form", code);
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return versions.stream().filter(f -> f.inForceOn(day)).findFirst().orElseGet(() -> {
            if (asOf != null) {
                throw new NotFoundException("form", code + " on " + asOf);
            }
            return versions.get(versions.size() - 1);
        });
    }
}
