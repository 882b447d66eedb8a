package vn.noivu.personnel.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.personnel.internal.load.RatingImport;
import vn.noivu.platform.imports.Uploads;

/**
 * Bulk import of annual ratings beside the personnel import (docs/import-formats.md, "Annual ratings"):
 * 200 with the counts when applied, 422 with the errors by row and column when refused.
 */
@RestController
@RequestMapping("/api/v1/personnel/imports")
class RatingImportApi {

    private final RatingImport ratings;
    private final Uploads uploads;

    RatingImportApi(RatingImport ratings, Uploads uploads) {
        this.ratings = ratings;
        this.uploads = uploads;
    }

    @PostMapping("/ratings")
    RatingImport.Outcome importRatings(@RequestParam(name = "file", required = false) MultipartFile file) {
        return uploads.importFile(
                file,
                uploads.limits("ratings", RatingImport.DEFAULT_MAX_ROWS),
                table -> ratings.importFile(file.getOriginalFilename(), table));
    }
}
