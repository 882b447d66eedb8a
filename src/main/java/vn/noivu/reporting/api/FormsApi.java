package vn.noivu.reporting.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reporting.internal.FormDefinition;
import vn.noivu.reporting.internal.FormStore;
import vn.noivu.reporting.internal.FormUploads;

/**
 * Report form definitions under {@code /api/v1/reporting/forms}: list, one form (its code URL-encoded
 * as issued, e.g. {@code 0601.N%2FBNV-T%C4%90KT}), export as the documented JSON, and import of a new
 * definition or version by the Ministry (national EDITOR or ADMIN).
 */
@RestController
@RequestMapping("/api/v1/reporting/forms")
class FormsApi {

    private final FormStore forms;
    private final FormUploads uploads;

    FormsApi(FormStore forms, FormUploads uploads) {
        this.forms = forms;
        this.uploads = uploads;
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
    ResponseEntity<FormDefinition> importForm(@RequestParam(name = "file", required = false) MultipartFile file) {
        FormDefinition form = uploads.importUpload(file);
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
