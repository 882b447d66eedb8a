package vn.noivu.personnel.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.personnel.internal.load.RatingImport;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.Uploads;

/** The ratings form of the import page posts here; the answer is its result fragment (422 when refused). */
@Controller
@RequestMapping("/personnel/import")
class RatingImportPages {

    private final RatingImport ratings;
    private final Uploads uploads;

    RatingImportPages(RatingImport ratings, Uploads uploads) {
        this.ratings = ratings;
        this.uploads = uploads;
    }

    @PostMapping("/ratings")
    ModelAndView importRatings(@RequestParam(name = "file", required = false) MultipartFile file) {
        ModelAndView view = new ModelAndView("personnel/import :: ratingResult");
        try {
            view.addObject(
                    "ratingOutcome",
                    uploads.importFile(
                            file,
                            uploads.limits("ratings", RatingImport.DEFAULT_MAX_ROWS),
                            table -> ratings.importFile(file.getOriginalFilename(), table)));
        } catch (ImportRefusedException e) {
            view.addObject("ratingRefused", e.result());
            view.setStatus(HttpStatus.valueOf(e.status()));
        }
        return view;
    }
}
