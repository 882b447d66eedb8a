package vn.noivu.personnel.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.personnel.internal.load.RatingImport;
import vn.noivu.personnel.internal.load.RatingUpload;

/**
 * Bulk import of annual ratings beside the personnel import (docs/import-formats.md, "Annual ratings"):
 * 200 with the counts when applied, 422 with the errors by row and column when refused.
 */
@RestController
@RequestMapping("/api/v1/personnel/imports")
class RatingImportApi {

    private final RatingUpload upload;

    RatingImportApi(RatingUpload upload) {
        this.upload = upload;
    }

    @PostMapping("/ratings")
    RatingImport.Outcome importRatings(@RequestParam(name = "file", required = false) MultipartFile file) {
        return upload.importFile(file);
    }
}
