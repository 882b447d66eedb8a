package vn.noivu.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.personnel.internal.document.SheetExport;
import vn.noivu.personnel.internal.levels.ApprovalCommand;
import vn.noivu.personnel.internal.levels.CareerLevels;
import vn.noivu.personnel.internal.levels.LevelRatios;
import vn.noivu.personnel.internal.levels.PositionApprovals;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Career levels of public employees (NĐ 232/2026/NĐ-CP): the levels and the conversion of titles, the
 * positions approved per unit (with a form to record an approval), the people per level against the
 * caps, as a page and an XLSX sheet; and the leadership-allowance catalogue with its unverified rates.
 */
@Controller
@RequestMapping("/personnel")
class CareerLevelPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CareerLevels levels;
    private final PositionApprovals approvals;
    private final LevelRatios ratios;
    private final LeadershipAllowances allowances;
    private final SheetExport export;
    private final MessageSource messages;

    CareerLevelPages(
            CareerLevels levels,
            PositionApprovals approvals,
            LevelRatios ratios,
            LeadershipAllowances allowances,
            SheetExport export,
            MessageSource messages) {
        this.levels = levels;
        this.approvals = approvals;
        this.ratios = ratios;
        this.allowances = allowances;
        this.export = export;
        this.messages = messages;
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    @GetMapping("/career-levels")
    String careerLevels(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate d = day(asOf);
        model.addAttribute("scope", scope);
        model.addAttribute("asOf", d);
        model.addAttribute("levels", levels.levels(d));
        model.addAttribute("titles", levels.titleConversions(d));
        model.addAttribute("ranges", levels.positionRanges(d));
        model.addAttribute("rows", ratios.report(scope, d));
        return "personnel/career-levels";
    }

    /** Records an approval from the page's form; a refusal comes back as the message of its field. */
    @PostMapping("/position-approvals")
    String approve(
            @RequestParam String orgCode,
            @RequestParam String positionCode,
            @RequestParam(required = false) Integer minLevel,
            @RequestParam(required = false) Integer maxLevel,
            @RequestParam int quota,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @RequestParam String decisionNo,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam String issuer,
            RedirectAttributes redirect) {
        try {
            approvals.approve(new ApprovalCommand(
                    orgCode,
                    positionCode,
                    minLevel,
                    maxLevel,
                    quota,
                    validFrom,
                    validTo,
                    decisionNo.isBlank() ? null : decisionNo,
                    decisionDate,
                    issuer));
            redirect.addFlashAttribute("notice", message("personnel.approval.saved"));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", message(e.messageKey(), e.args()));
        }
        return "redirect:/personnel/career-levels?asOf=" + validFrom;
    }

    @GetMapping("/career-levels.xlsx")
    void careerLevelsXlsx(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            HttpServletResponse response)
            throws IOException {
        LocalDate d = day(asOf);
        List<LevelRatios.RatioRow> rows = ratios.report(scope, d);
        List<SheetExport.Column<LevelRatios.RatioRow>> columns = new ArrayList<>(List.of(
                col("personnel.col.unit", LevelRatios.RatioRow::orgCode),
                col("personnel.col.unitName", LevelRatios.RatioRow::orgName),
                col("personnel.levels.position", LevelRatios.RatioRow::positionTitle),
                col("personnel.levels.levelsUsed", r -> r.minLevel() == null ? "" : r.minLevel() + "–" + r.maxLevel()),
                col("personnel.levels.quota", LevelRatios.RatioRow::quota),
                col("personnel.levels.placed", LevelRatios.RatioRow::placed)));
        for (int level = 1; level <= 5; level++) {
            int l = level;
            columns.add(col("personnel.levels.atLevel", r -> count(r, l), l));
            columns.add(col("personnel.levels.capAtLevel", r -> cap(r, l), l));
        }
        columns.add(col("personnel.levels.outside", LevelRatios.RatioRow::outsideRange));
        columns.add(col("personnel.levels.rule", r -> message("personnel.levels.rule." + r.capRule())));
        columns.add(col("personnel.levels.over", r -> r.over() ? message("personnel.levels.overYes") : ""));
        columns.add(col("personnel.col.decision", r -> r.decisionNo() + " (" + r.decisionDate() + ")"));
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"career-levels-" + d + ".xlsx\"");
        export.write("career-levels", "asOf=" + d + " scope=" + scope, columns, rows, response.getOutputStream());
    }

    @GetMapping("/allowances")
    String allowances(Model model) {
        model.addAttribute("rates", allowances.rates());
        model.addAttribute("urbanClasses", allowances.urbanClasses());
        return "personnel/allowances";
    }

    private static Object count(LevelRatios.RatioRow r, int level) {
        return r.levels().stream()
                .filter(c -> c.level() == level)
                .map(c -> (Object) c.count())
                .findFirst()
                .orElse(null);
    }

    private static Object cap(LevelRatios.RatioRow r, int level) {
        return r.levels().stream()
                .filter(c -> c.level() == level && c.cap() != null)
                .map(c -> (Object) c.cap())
                .findFirst()
                .orElse(null);
    }

    private <T> SheetExport.Column<T> col(String key, Function<T, Object> value, Object... args) {
        return new SheetExport.Column<>(message(key, args), value);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
