package vn.noivu.reporting.web;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.ImportScreen;
import vn.noivu.reporting.internal.FormUploads;
import vn.noivu.reporting.internal.RefusedException;

/**
 * The import page of report form definitions ({@code /reporting/imports}): the same upload as {@code
 * POST /api/v1/reporting/forms/imports}, for the Ministry's officers; a sample definition to start from.
 */
@Controller
@RequestMapping("/reporting/imports")
class FormImportPages {

    /** The sample offered as the template: a short form shipped with NoiVu. */
    static final String SAMPLE = "reporting/forms/bc-01.json";

    private final FormUploads uploads;

    FormImportPages(FormUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping
    ModelAndView page() {
        return screen().page();
    }

    @GetMapping("/sample.json")
    ResponseEntity<byte[]> sample() throws java.io.IOException {
        byte[] body = new ClassPathResource(SAMPLE).getContentAsByteArray();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-dinh-nghia-bieu-mau.json")
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping
    ModelAndView upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return screen().upload(file, htmx != null, f -> {
            try {
                uploads.importUpload(f);
                return ImportResult.applied(1);
            } catch (RefusedException e) {
                // The definition's problems (each naming its JSON path) in the import pages' error table.
                List<ImportError> errors = e.problems().isEmpty()
                        ? List.of(new ImportError(0, "", e.getBody().getDetail()))
                        : e.problems().stream()
                                .map(p -> new ImportError(0, p.path(), p.message()))
                                .toList();
                throw new ImportRefusedException(
                        ImportResult.refused(0, errors), e.getStatusCode().value());
            }
        });
    }

    private ImportScreen screen() {
        return new ImportScreen(
                "reporting",
                "reporting.imports.title",
                "reporting.imports.help",
                "/reporting/imports",
                List.of(),
                ".json",
                "/reporting/imports/sample.json",
                "reporting.imports.sample",
                FormUploads.mayImport(),
                "reporting.imports.notAllowed");
    }
}
