package vn.noivu.staffing.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.staffing.Quota;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingScope;
import vn.noivu.staffing.internal.StaffingExports;

/** The quota list of a scope, its exports, and the quota import with upload progress. */
@Controller
@RequestMapping("/staffing/quotas")
class QuotaPages {

    static final int PAGE_SIZE = 100;

    private final Staffing staffing;
    private final StaffingWeb web;
    private final StaffingExports exports;
    private final vn.noivu.platform.imports.Uploads uploads;

    QuotaPages(Staffing staffing, StaffingWeb web, StaffingExports exports, vn.noivu.platform.imports.Uploads uploads) {
        this.uploads = uploads;
        this.staffing = staffing;
        this.web = web;
        this.exports = exports;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        StaffingScope s = staffing.scope(scope);
        int y = year == null ? staffing.latestYear() : year;
        String cat = category == null || category.isBlank() ? null : category;
        List<Quota> rows = staffing.quotas(scope, y, cat, page, PAGE_SIZE + 1);
        model.addAttribute("scope", s);
        model.addAttribute("scopeParam", scope == null ? "" : scope);
        model.addAttribute("year", y);
        model.addAttribute("category", cat == null ? "" : cat);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("years", web.years());
        model.addAttribute("catNames", web.categoryNames());
        return "staffing/quotas";
    }

    /** The import form posts here with htmx; the answer is the result fragment (422 when refused). */
    @PostMapping("/import")
    ModelAndView importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        ModelAndView view = new ModelAndView("staffing/quotas :: importResult");
        view.addObject(
                "filename", file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        try {
            ImportResult result = uploads.importFile(
                    "staffing",
                    "quotas",
                    file,
                    Staffing.quotaImportLimits(uploads),
                    table -> staffing.importQuotas(file.getOriginalFilename(), table));
            view.addObject("result", result);
        } catch (ImportRefusedException e) {
            view.addObject("result", e.result());
            view.setStatus(HttpStatus.valueOf(e.status()));
        }
        return view;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.quotas(scope, year, category == null || category.isBlank() ? null : category, format);
    }
}
