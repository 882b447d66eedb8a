package vn.noivu.staffing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.staffing.Quota;
import vn.noivu.staffing.QuotaContribution;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingCategory;
import vn.noivu.staffing.TargetDraft;
import vn.noivu.staffing.TargetProgress;
import vn.noivu.staffing.internal.StaffingExports;

/** Staffing quotas, reductions and targets under {@code /api/v1/staffing}, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/staffing")
class StaffingApi {

    private final Staffing staffing;
    private final StaffingExports exports;
    private final vn.noivu.platform.imports.Uploads uploads;

    StaffingApi(Staffing staffing, StaffingExports exports, vn.noivu.platform.imports.Uploads uploads) {
        this.uploads = uploads;
        this.staffing = staffing;
        this.exports = exports;
    }

    /** The category catalogue: every version, or those in force on {@code asOf}. */
    @GetMapping("/categories")
    List<StaffingCategory> categories(@RequestParam(required = false) LocalDate asOf) {
        return asOf == null
                ? staffing.categories()
                : staffing.categories().stream().filter(c -> c.inForceOn(asOf)).toList();
    }

    /** The reduction of a scope (omitted: the caller's scope, the whole country for national users). */
    @GetMapping("/reduction")
    Reduction reduction(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year) {
        return staffing.reduction(scope, baselineYear, year);
    }

    /** The same for each part of the scope: provinces and ministries of the country, units of a province. */
    @GetMapping("/reduction/parts")
    List<ScopeReduction> parts(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year) {
        return staffing.reductionByPart(scope, baselineYear, year);
    }

    /** The quotas behind one figure, each with its decision and the unit it is counted for. */
    @GetMapping("/reduction/contributions")
    List<QuotaContribution> contributions(
            @RequestParam(required = false) String scope,
            @RequestParam int baselineYear,
            @RequestParam int year,
            @RequestParam String category,
            @RequestParam(defaultValue = "current") String side) {
        return staffing.contributions(scope, baselineYear, year, category, side(side));
    }

    /** The reduction report as a workbook or CSV. */
    @GetMapping("/reduction/export")
    ResponseEntity<byte[]> exportReduction(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.reduction(scope, baselineYear, year, format);
    }

    @GetMapping("/quotas")
    List<Quota> quotas(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "1000") int size) {
        return staffing.quotas(scope, year, category, page, size);
    }

    @GetMapping("/quotas/export")
    ResponseEntity<byte[]> exportQuotas(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.quotas(scope, year, category, format);
    }

    /** Imports quotas (CSV or XLSX, docs/import-formats.md): 200 when applied, 422 with the errors. */
    @PostMapping("/imports")
    ImportResult importQuotas(@RequestParam(name = "file", required = false) MultipartFile file) {
        return uploads.importFile(
                "staffing",
                "quotas",
                file,
                Staffing.quotaImportLimits(uploads),
                table -> staffing.importQuotas(file.getOriginalFilename(), table));
    }

    @GetMapping("/targets")
    List<ReductionTarget> targets() {
        return staffing.targets();
    }

    @GetMapping("/targets/{id}")
    ReductionTarget target(@PathVariable long id) {
        return staffing.target(id);
    }

    @PostMapping("/targets")
    ResponseEntity<ReductionTarget> createTarget(@RequestBody TargetRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(staffing.createTarget(request.draft()));
    }

    @PutMapping("/targets/{id}")
    ReductionTarget updateTarget(@PathVariable long id, @RequestBody TargetRequest request) {
        return staffing.updateTarget(id, request.draft());
    }

    @DeleteMapping("/targets/{id}")
    ResponseEntity<Void> deleteTarget(@PathVariable long id) {
        staffing.deleteTarget(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/targets/{id}/progress")
    TargetProgress progress(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return staffing.progress(id, year);
    }

    /** Re-reads the actual headcount of a year from personnel records (national users). */
    @PostMapping("/headcount/refresh")
    Map<String, Object> refreshHeadcount(@RequestParam int year) {
        int rows = staffing.refreshHeadcount(year);
        return Map.of("year", year, "rows", rows, "source", rows < 0 ? "none" : "personnel");
    }

    static boolean side(String side) {
        if ("baseline".equalsIgnoreCase(side)) {
            return true;
        }
        if ("current".equalsIgnoreCase(side)) {
            return false;
        }
        throw new BusinessRuleException("side", "staffing.reduction.side", new Object[] {side});
    }

    /** A target as the API takes it. */
    record TargetRequest(
            String name,
            String scope,
            List<String> categories,
            Integer baselineYear,
            Integer targetYear,
            BigDecimal minimumPercent,
            String legalBasis,
            LocalDate issuedOn,
            String issuer) {

        TargetDraft draft() {
            return new TargetDraft(
                    name, scope, categories, baselineYear, targetYear, minimumPercent, legalBasis, issuedOn, issuer);
        }
    }
}
