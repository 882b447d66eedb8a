package vn.noivu.personnel.internal.load;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.imports.ImportHistory;
import vn.noivu.platform.imports.ImportTemplates;
import vn.noivu.platform.imports.Uploads;

/**
 * An upload of annual ratings from the page or the API, handled as every module's upload is: read within
 * the limits, the template's Vietnamese headers accepted, and the outcome — applied, refused or unreadable
 * — written to the import history.
 */
@Component
public class RatingUpload {

    private final RatingImport ratings;
    private final Uploads uploads;
    private final ImportTemplates templates;
    private final ImportHistory history;

    RatingUpload(RatingImport ratings, Uploads uploads, ImportTemplates templates, ImportHistory history) {
        this.ratings = ratings;
        this.uploads = uploads;
        this.templates = templates;
        this.history = history;
    }

    public RatingImport.Outcome importFile(MultipartFile file) {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return history.track(
                "personnel",
                "ratings",
                name,
                () -> uploads.importFile(
                        file,
                        uploads.limits("ratings", RatingImport.DEFAULT_MAX_ROWS),
                        table -> ratings.importFile(name, templates.technical("personnel", "ratings", table))),
                RatingImport.Outcome::rows);
    }
}
