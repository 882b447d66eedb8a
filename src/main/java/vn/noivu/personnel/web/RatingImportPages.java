package vn.noivu.personnel.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.personnel.internal.load.RatingUpload;
import vn.noivu.platform.imports.ImportRefusedException;

/** The ratings form of the import page posts here; the answer is its result fragment (422 when refused). */
@Controller
@RequestMapping("/personnel/import")
class RatingImportPages {

    private final RatingUpload upload;

    RatingImportPages(RatingUpload upload) {
        this.upload = upload;
    }

    @PostMapping("/ratings")
    ModelAndView importRatings(@RequestParam(name = "file", required = false) MultipartFile file) {
        ModelAndView view = new ModelAndView("personnel/import :: ratingResult");
        view.addObject(
                "ratingFilename", file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        try {
            view.addObject("ratingOutcome", upload.importFile(file));
        } catch (ImportRefusedException e) {
            view.addObject("ratingRefused", e.result());
            view.setStatus(HttpStatus.valueOf(e.status()));
        }
        return view;
    }
}
