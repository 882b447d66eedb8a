package vn.noivu.reform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reform.Appraisal;
import vn.noivu.reform.Assessment;
import vn.noivu.reform.AssessmentItem;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;
import vn.noivu.reform.Reform;
import vn.noivu.reform.SelfScore;

/**
 * The self-assessment and appraisal pages: the list of assessments the user may see, and a unit's
 * assessment where its editor scores the criteria with evidence and submits, and the evaluator adjusts
 * points with a reason, asks for more evidence and (an approver) finalises. The forms shown follow the
 * user's role and scope; the module's rules decide, and their refusals are shown on the page.
 */
@Controller
@RequestMapping("/reform/assessments")
class AssessmentPages {

    private static final Logger log = LoggerFactory.getLogger(AssessmentPages.class);

    /** A row of the criteria tree: the criterion, its depth, and the assessment's item for a scored leaf. */
    record TreeRow(Criterion criterion, int depth, AssessmentItem item) {}

    private final Reform reform;
    private final MessageSource messages;

    AssessmentPages(Reform reform, MessageSource messages) {
        this.reform = reform;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("assessments", reform.assessments());
        model.addAttribute("sets", EvaluatedSet.values());
        if (!model.containsAttribute("openYear")) {
            model.addAttribute("openYear", java.time.LocalDate.now().getYear());
        }
        model.addAttribute("mayOpen", hasRole(Role.EDITOR));
        return "reform/assessments";
    }

    /** Opens (creating the first time) a unit's assessment of a year: by default the user's own unit. */
    @PostMapping
    ModelAndView open(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "PROVINCES") String set,
            @RequestParam(required = false) String unit,
            Model model) {
        try {
            if (year == null) {
                throw new BusinessRuleException("year", "reform.assessment.yearRequired", new Object[0]);
            }
            EvaluatedSet s = reform.set(set);
            String owner = reform.owner(s, null);
            String u = unit == null || unit.isBlank() ? CurrentUser.scope().code() : unit.trim();
            if (u == null) {
                throw new BusinessRuleException("unit", "reform.assessment.unitRequired", new Object[0]);
            }
            Assessment a = reform.openAssessment(year, s, owner, u);
            return new ModelAndView("redirect:/reform/assessments/" + a.id());
        } catch (BusinessRuleException e) {
            model.addAttribute("openYear", year);
            model.addAttribute("formError", message(e));
            ModelAndView view = new ModelAndView(list(model), model.asMap());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @GetMapping("/{id}")
    String assessment(@PathVariable long id, Model model) {
        Assessment a = reform.assessment(id);
        Method method = reform.method(a.year(), a.set(), a.ownerCode()).orElseThrow();
        boolean open = a.status().equals("DRAFT") || a.status().equals("MORE_EVIDENCE");
        boolean submitted = a.status().equals("SUBMITTED");
        boolean evaluator = reform.mayEvaluate(a.set(), a.ownerCode());
        model.addAttribute("a", a);
        model.addAttribute("rows", tree(method, a));
        model.addAttribute("maxPoints", method.maxPoints());
        model.addAttribute("selfTotal", total(a, false));
        model.addAttribute("countedTotal", total(a, true));
        model.addAttribute("adjusted", a.items().stream().anyMatch(AssessmentItem::adjusted));
        model.addAttribute(
                "mayScore", open && hasRole(Role.EDITOR) && reform.mayAssess(a.set(), a.ownerCode(), a.unitCode()));
        model.addAttribute("mayAppraise", submitted && evaluator && hasRole(Role.EDITOR));
        model.addAttribute("mayFinalise", submitted && evaluator && hasRole(Role.APPROVER));
        return "reform/assessment";
    }

    /**
     * The unit saves its scores: per criterion {@code p.CODE} (points, "9,5" or "9.5"), {@code c.CODE}
     * (comment), {@code l.CODE} (a link) and, in a multipart form, {@code f.CODE} (a file). Criteria
     * left empty are skipped; each refusal is shown naming its criterion.
     */
    @PostMapping("/{id}/scores")
    ModelAndView score(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes flash) {
        Assessment a = reform.assessment(id);
        List<String> errors = new ArrayList<>();
        int saved = 0;
        for (AssessmentItem item : a.items()) {
            String code = item.criterionCode();
            String points = param(request, "p." + code);
            String comment = param(request, "c." + code);
            String link = param(request, "l." + code);
            MultipartFile file = request instanceof MultipartHttpServletRequest m ? m.getFile("f." + code) : null;
            boolean hasFile = file != null && !file.isEmpty();
            if (points == null && comment == null && link == null && !hasFile) {
                continue;
            }
            try {
                BigDecimal p = points == null ? item.selfPoints() : number(points, item);
                reform.selfScore(id, code, new SelfScore(p, comment, link == null ? List.of() : List.of(link)));
                if (hasFile) {
                    if (file.getSize() > vn.noivu.reform.internal.Assessments.MAX_FILE_BYTES) {
                        throw new BusinessRuleException("file", "reform.assessment.fileSize", new Object[] {10});
                    }
                    reform.attach(id, code, file.getOriginalFilename(), file.getContentType(), file.getBytes());
                }
                saved++;
            } catch (BusinessRuleException e) {
                errors.add(criterionError(item, e));
            } catch (IOException e) {
                log.warn("Evidence file of assessment {} criterion {} could not be read", id, code, e);
                errors.add(msg("reform.page.criterionError", item.name(), msg("reform.page.fileUnreadable")));
            }
        }
        return afterWrite(id, errors, msg("reform.page.saved", saved), model, flash);
    }

    @PostMapping("/{id}/submit")
    ModelAndView submit(@PathVariable long id, Model model, RedirectAttributes flash) {
        List<String> errors = new ArrayList<>();
        try {
            reform.submit(id);
        } catch (BusinessRuleException e) {
            errors.add(message(e));
        }
        return afterWrite(id, errors, msg("reform.page.submitted"), model, flash);
    }

    /**
     * The evaluator's points per criterion, {@code a.CODE}, with the reason {@code r.CODE} (required
     * when they differ from the unit's). Criteria whose points are left empty are not appraised.
     */
    @PostMapping("/{id}/appraisal")
    ModelAndView appraise(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes flash) {
        Assessment a = reform.assessment(id);
        List<String> errors = new ArrayList<>();
        int saved = 0;
        for (AssessmentItem item : a.items()) {
            String points = param(request, "a." + item.criterionCode());
            String reason = param(request, "r." + item.criterionCode());
            if (points == null) {
                continue;
            }
            try {
                BigDecimal p = number(points, item);
                boolean same = item.appraisedPoints() != null
                        && item.appraisedPoints().compareTo(p) == 0
                        && java.util.Objects.equals(item.reason(), reason);
                if (!same) {
                    reform.appraise(id, item.criterionCode(), new Appraisal(p, reason));
                    saved++;
                }
            } catch (BusinessRuleException e) {
                errors.add(criterionError(item, e));
            }
        }
        return afterWrite(id, errors, msg("reform.page.appraised", saved), model, flash);
    }

    @PostMapping("/{id}/evidence-request")
    ModelAndView requestEvidence(
            @PathVariable long id,
            @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String message,
            Model model,
            RedirectAttributes flash) {
        Assessment a = reform.assessment(id);
        List<String> errors = new ArrayList<>();
        AssessmentItem item = a.items().stream()
                .filter(i -> i.criterionCode().equals(criterion))
                .findFirst()
                .orElse(null);
        if (item == null) {
            errors.add(msg("reform.page.chooseCriterion"));
        } else {
            try {
                reform.requestEvidence(id, item.criterionCode(), message);
            } catch (BusinessRuleException e) {
                errors.add(criterionError(item, e));
            }
        }
        return afterWrite(id, errors, msg("reform.page.evidenceRequested"), model, flash);
    }

    /** The approver's final decision (SecurityConfiguration lets only an APPROVER post here). */
    @PostMapping("/{id}/finalise")
    ModelAndView finalise(@PathVariable long id, Model model, RedirectAttributes flash) {
        List<String> errors = new ArrayList<>();
        try {
            reform.finalise(id);
        } catch (BusinessRuleException e) {
            errors.add(message(e));
        }
        return afterWrite(id, errors, msg("reform.page.finalised"), model, flash);
    }

    /** An attached evidence file of an assessment the user may see. */
    @GetMapping("/{id}/files/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId) {
        Object[] f =
                reform.evidenceFile(id, evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename((String) f[0], StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body((byte[]) f[2]);
    }

    // ---- helpers ----

    /** Back to the page: a redirect with a notice when all went well, else the page with the errors (422). */
    private ModelAndView afterWrite(
            long id, List<String> errors, String notice, Model model, RedirectAttributes flash) {
        if (errors.isEmpty()) {
            flash.addFlashAttribute("notice", notice);
            return new ModelAndView("redirect:/reform/assessments/" + id);
        }
        model.addAttribute("errors", errors);
        ModelAndView view = new ModelAndView(assessment(id, model), model.asMap());
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    /** The method's tree in order (children after their parent), the scored leaves with their item. */
    private static List<TreeRow> tree(Method method, Assessment a) {
        Map<String, AssessmentItem> items = new HashMap<>();
        a.items().forEach(i -> items.put(i.criterionCode(), i));
        Map<String, List<Criterion>> children = new HashMap<>();
        List<Criterion> roots = new ArrayList<>();
        for (Criterion c : method.criteria()) {
            if (c.parentCode() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<TreeRow> rows = new ArrayList<>();
        for (Criterion root : roots) {
            walk(root, 0, children, items, rows);
        }
        return rows;
    }

    private static void walk(
            Criterion c,
            int depth,
            Map<String, List<Criterion>> children,
            Map<String, AssessmentItem> items,
            List<TreeRow> rows) {
        rows.add(new TreeRow(c, depth, items.get(c.code())));
        for (Criterion child : children.getOrDefault(c.code(), List.of())) {
            walk(child, depth + 1, children, items, rows);
        }
    }

    private static BigDecimal total(Assessment a, boolean counted) {
        return a.items().stream()
                .map(i -> counted ? i.points() : i.selfPoints())
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Points as typed: a Vietnamese decimal comma or a point; refused naming the criterion when not a number. */
    private static BigDecimal number(String text, AssessmentItem item) {
        try {
            return new BigDecimal(text.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("points", "reform.page.notNumber", new Object[] {
                text, item.maxPoints().toPlainString()
            });
        }
    }

    private String criterionError(AssessmentItem item, BusinessRuleException e) {
        return msg("reform.page.criterionError", item.name(), message(e));
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static boolean hasRole(Role role) {
        return CurrentUser.get()
                .map(u -> u.hasRole(role) || u.hasRole(Role.ADMIN))
                .orElse(false);
    }

    private String message(BusinessRuleException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
