package vn.noivu.personnel.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.personnel.internal.levels.ApprovalCommand;
import vn.noivu.personnel.internal.levels.CareerLevels;
import vn.noivu.personnel.internal.levels.LevelRatios;
import vn.noivu.personnel.internal.levels.PositionApprovals;

/**
 * Public employees' career levels (NĐ 232/2026/NĐ-CP): the catalogue, the conversion of titles, the
 * levels of each framework position, the positions approved per unit and the ratio caps per level;
 * and the leadership-allowance catalogue. Dates default to today; lists stay inside the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/personnel")
class CareerLevelsApi {

    private final CareerLevels levels;
    private final PositionApprovals approvals;
    private final LevelRatios ratios;
    private final LeadershipAllowances allowances;

    CareerLevelsApi(
            CareerLevels levels, PositionApprovals approvals, LevelRatios ratios, LeadershipAllowances allowances) {
        this.levels = levels;
        this.approvals = approvals;
        this.ratios = ratios;
        this.allowances = allowances;
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    @GetMapping("/career-levels")
    List<CareerLevels.Level> levels(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return levels.levels(day(asOf));
    }

    @GetMapping("/career-levels/titles")
    List<CareerLevels.TitleConversion> titles(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return levels.titleConversions(day(asOf));
    }

    @GetMapping("/career-levels/positions")
    List<CareerLevels.PositionRange> positions(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return levels.positionRanges(day(asOf));
    }

    /** Per approved position of each unit in scope: people per level against the caps of Art. 10. */
    @GetMapping("/career-levels/ratios")
    List<LevelRatios.RatioRow> ratios(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ratios.report(scope, day(asOf));
    }

    /** Approved positions; with {@code asOf} only those in force that day. */
    @GetMapping("/position-approvals")
    List<PositionApprovals.Approval> approvals(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return approvals.list(scope, asOf);
    }

    @GetMapping("/position-approvals/{id}")
    PositionApprovals.Approval approval(@PathVariable long id) {
        return approvals.get(id);
    }

    @PostMapping("/position-approvals")
    ResponseEntity<PositionApprovals.Approval> approve(@Valid @RequestBody ApprovalCommand command) {
        PositionApprovals.Approval saved = approvals.approve(command);
        return ResponseEntity.created(URI.create("/api/v1/personnel/position-approvals/" + saved.id()))
                .body(saved);
    }

    @PostMapping("/position-approvals/{id}/cancel")
    PositionApprovals.Approval cancel(@PathVariable long id) {
        return approvals.cancel(id);
    }

    @GetMapping("/allowances/leadership")
    List<LeadershipAllowances.Rate> leadershipAllowances() {
        return allowances.rates();
    }

    /** The class of city of each province that has one (the others are "các tỉnh còn lại"), with {@code verified}. */
    @GetMapping("/allowances/urban-classes")
    List<LeadershipAllowances.UrbanClass> urbanClasses() {
        return allowances.urbanClasses();
    }
}
