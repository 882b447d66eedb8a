package vn.noivu.staffing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.TargetDraft;
import vn.noivu.staffing.TargetProgress;

/** Reduction targets: the list with where each stands, a target's progress by part, and their upkeep. */
@Controller
@RequestMapping("/staffing/targets")
class TargetPages {

    private final Staffing staffing;
    private final StaffingWeb web;
    private final MessageSource messages;

    TargetPages(Staffing staffing, StaffingWeb web, MessageSource messages) {
        this.staffing = staffing;
        this.web = web;
        this.messages = messages;
    }

    /** A target as the form holds it. */
    record TargetForm(
            String name,
            String scope,
            List<String> categories,
            Integer baselineYear,
            Integer targetYear,
            BigDecimal minimumPercent,
            String legalBasis,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            String issuer) {

        static TargetForm empty() {
            return new TargetForm("", "", List.of(), 2021, 2026, new BigDecimal("5"), "", null, "");
        }

        static TargetForm of(ReductionTarget t) {
            return new TargetForm(
                    t.name(),
                    t.scope() == null ? "" : t.scope(),
                    t.categories(),
                    t.baselineYear(),
                    t.targetYear(),
                    t.minimumPercent(),
                    t.legalBasis(),
                    t.issuedOn(),
                    t.issuer());
        }

        TargetDraft draft() {
            return new TargetDraft(
                    name,
                    scope,
                    categories == null ? List.of() : categories,
                    baselineYear,
                    targetYear,
                    minimumPercent,
                    legalBasis,
                    issuedOn,
                    issuer);
        }
    }

    /** A target with where it stands in the user's scope (no progress when there are no figures yet). */
    record TargetLine(ReductionTarget target, TargetProgress progress) {}

    @GetMapping
    String list(Model model) {
        List<TargetLine> lines = new ArrayList<>();
        for (ReductionTarget t : staffing.targets()) {
            TargetProgress p = null;
            try {
                p = staffing.progress(t.id(), null);
            } catch (BusinessRuleException e) {
                // no year after the baseline has figures yet
            }
            lines.add(new TargetLine(t, p));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("form", TargetForm.empty());
        model.addAttribute("catNames", web.categoryNames());
        return "staffing/targets";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        TargetProgress progress = staffing.progress(id, year);
        model.addAttribute("p", progress);
        model.addAttribute("t", progress.target());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TargetForm.of(progress.target()));
        }
        model.addAttribute("catNames", web.categoryNames());
        List<Integer> years = new ArrayList<>();
        for (int y = progress.target().baselineYear() + 1;
                y <= Math.min(progress.target().targetYear(), staffing.latestYear());
                y++) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("chart", web.json(chart(progress)));
        return "staffing/target";
    }

    @PostMapping
    ModelAndView create(TargetForm form) {
        try {
            ReductionTarget t = staffing.createTarget(form.draft());
            return new ModelAndView("redirect:/staffing/targets/" + t.id());
        } catch (BusinessRuleException e) {
            ModelAndView view = new ModelAndView("staffing/targets");
            List<TargetLine> lines = staffing.targets().stream()
                    .map(t -> new TargetLine(t, null))
                    .toList();
            view.addObject("lines", lines);
            view.addObject("form", form);
            view.addObject("formError", message(e));
            view.addObject("catNames", web.categoryNames());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/{id}")
    ModelAndView update(@PathVariable long id, TargetForm form, Model model) {
        try {
            staffing.updateTarget(id, form.draft());
            return new ModelAndView("redirect:/staffing/targets/" + id);
        } catch (BusinessRuleException e) {
            model.addAttribute("form", form);
            model.addAttribute("formError", message(e));
            ModelAndView view = new ModelAndView(detail(id, null, model), model.asMap());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        staffing.deleteTarget(id);
        return "redirect:/staffing/targets";
    }

    private String message(BusinessRuleException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> chart(TargetProgress p) {
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (TargetProgress.UnitProgress u : p.units()) {
            if (u.reductionPercent() != null) {
                labels.add(u.name());
                values.add(u.reductionPercent());
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "ranking");
        chart.put("labels", labels);
        chart.put("series", List.of(Map.of("name", "%", "data", values)));
        chart.put("minimum", p.target().minimumPercent());
        chart.put("expected", p.expectedPercent());
        return chart;
    }
}
