package vn.noivu.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.personnel.internal.PersonnelLabels;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.career.NonCountingReason;
import vn.noivu.personnel.internal.document.CvPdf;
import vn.noivu.personnel.internal.document.SheetExport;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.person.Access;
import vn.noivu.personnel.internal.person.Dossiers;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Personnel pages: search (by name without diacritics, unit, rank, position, category, age), look-up
 * by ID number (POST), the dossier with its career timeline and the CV PDF, due lists, headcount,
 * import, and the XLSX export of every list.
 */
@Controller
@RequestMapping("/personnel")
class PersonnelPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PersonnelQueries queries;
    private final Dossiers dossiers;
    private final Careers careers;
    private final PersonnelImport importer;
    private final SheetExport export;
    private final CvPdf cv;
    private final Access access;
    private final MessageSource messages;
    private final LeadershipAllowances allowances;
    private final vn.noivu.platform.imports.ImportHistory history;
    private final PersonnelLabels labels;

    PersonnelPages(
            PersonnelQueries queries,
            Dossiers dossiers,
            Careers careers,
            PersonnelImport importer,
            SheetExport export,
            CvPdf cv,
            Access access,
            MessageSource messages,
            LeadershipAllowances allowances,
            vn.noivu.platform.imports.ImportHistory history,
            PersonnelLabels labels) {
        this.history = history;
        this.queries = queries;
        this.dossiers = dossiers;
        this.careers = careers;
        this.importer = importer;
        this.export = export;
        this.cv = cv;
        this.access = access;
        this.messages = messages;
        this.allowances = allowances;
        this.labels = labels;
    }

    /** The search form, bound from the query string. */
    record Filter(
            String q,
            String org,
            String rank,
            String position,
            String category,
            Integer ageFrom,
            Integer ageTo,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Integer page) {

        PersonnelQueries.Criteria criteria(int size) {
            return new PersonnelQueries.Criteria(
                    q, org, rank, position, category, ageFrom, ageTo, asOf, page == null ? 0 : page, size);
        }
    }

    @GetMapping
    String search(@ModelAttribute("filter") Filter filter, Model model) {
        model.addAttribute("result", queries.search(filter.criteria(50)));
        model.addAttribute("categories", CATEGORIES);
        return "personnel/search";
    }

    @GetMapping("/people.xlsx")
    void exportPeople(@ModelAttribute Filter filter, HttpServletResponse response) throws IOException {
        var rows = queries.search(
                        filter.criteria(PersonnelQueries.MAX_EXPORT_ROWS).withPage(0, PersonnelQueries.MAX_EXPORT_ROWS))
                .items();
        xlsx(response, "people");
        export.write(
                "people",
                "q=" + filter.q() + " org=" + filter.org(),
                List.of(
                        col("personnel.col.name", PersonnelQueries.PersonItem::fullName),
                        col("personnel.col.birth", PersonnelQueries.PersonItem::birthDate),
                        col("personnel.col.sex", PersonnelQueries.PersonItem::sex),
                        col("personnel.col.unit", PersonnelQueries.PersonItem::orgCode),
                        col("personnel.col.unitName", PersonnelQueries.PersonItem::orgName),
                        col("personnel.col.category", PersonnelQueries.PersonItem::staffCategory),
                        col("personnel.col.rank", PersonnelQueries.PersonItem::rankCode),
                        col("personnel.col.step", PersonnelQueries.PersonItem::salaryStep),
                        col("personnel.col.position", PersonnelQueries.PersonItem::positionCode),
                        col("personnel.col.title", PersonnelQueries.PersonItem::leadershipTitle)),
                rows,
                response.getOutputStream());
    }

    /** Look-up by ID number: a POST, so the number is never in a URL, a history or an access log. */
    @PostMapping("/lookup")
    String lookup(@RequestParam String nationalId, RedirectAttributes redirect) {
        Optional<Long> id = dossiers.lookup(nationalId);
        if (id.isPresent()) {
            return "redirect:/personnel/people/" + id.get();
        }
        redirect.addFlashAttribute("problem", "personnel.search.notFound");
        return "redirect:/personnel";
    }

    @GetMapping("/people/{id}")
    String dossier(@PathVariable long id, Model model) {
        var dossier = dossiers.dossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("versions", careers.employment(id));
        model.addAttribute("events", careers.events(id, true));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("reasons", java.util.Arrays.asList(NonCountingReason.values()));
        model.addAttribute("posts", allowances.posts());
        model.addAttribute("canEdit", access.sensitiveVisible());
        try {
            model.addAttribute("salary", queries.salary(id, LocalDate.now()));
        } catch (BusinessRuleException e) {
            model.addAttribute("salary", null);
        }
        if (!model.containsAttribute("event")) {
            model.addAttribute(
                    "event",
                    EventCommand.decided("STEP_INCREASE", LocalDate.now(), null, null, null, LocalDate.now(), null));
        }
        return "personnel/dossier";
    }

    @PostMapping("/people/{id}/events")
    String recordEvent(
            @PathVariable long id, @ModelAttribute("event") EventCommand event, RedirectAttributes redirect) {
        try {
            if (event.effectiveDate() == null || event.decisionDate() == null) {
                throw new BusinessRuleException("personnel.import.required");
            }
            careers.record(id, event);
            redirect.addFlashAttribute("notice", message("personnel.event.saved"));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            redirect.addFlashAttribute("event", event);
        }
        return "redirect:/personnel/people/" + id;
    }

    /**
     * The dossier's timeline as a sheet: each employment version with its unit and rank by name, step,
     * coefficient, the above-ceiling allowance with the day it started, the career level and the next
     * step date (which moves with delays and time that does not count).
     */
    @GetMapping("/people/{id}/employment.xlsx")
    void exportEmployment(@PathVariable long id, HttpServletResponse response) throws IOException {
        var versions = careers.employment(id); // 404 outside the scope before anything is written
        xlsx(response, "employment-" + id);
        export.write(
                "employment",
                "person=" + id,
                List.of(
                        col("personnel.dossier.from", EmploymentVersion::validFrom),
                        col("personnel.dossier.to", EmploymentVersion::validTo),
                        col("personnel.col.unit", v -> labels.org(v.orgCode())),
                        col("personnel.col.rank", v -> labels.rank(v.rankCode())),
                        col("personnel.col.step", EmploymentVersion::salaryStep),
                        col("personnel.col.coefficient", EmploymentVersion::coefficient),
                        col("personnel.col.aboveCeiling", EmploymentVersion::aboveCeilingPct),
                        col("personnel.col.aboveCeilingSince", EmploymentVersion::aboveCeilingSince),
                        col("personnel.col.careerLevel", EmploymentVersion::careerLevel),
                        col("personnel.col.title", EmploymentVersion::leadershipTitle),
                        col("personnel.col.due", EmploymentVersion::nextStepDue),
                        col("personnel.dossier.decision", EmploymentVersion::decisionNo)),
                versions,
                response.getOutputStream());
    }

    @GetMapping("/people/{id}/cv.pdf")
    void cv(@PathVariable long id, HttpServletResponse response) throws IOException {
        dossiers.dossier(id); // 404 outside the scope before anything is written
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"so-yeu-ly-lich-" + id + ".pdf\"");
        cv.write(id, response.getOutputStream());
    }

    @GetMapping("/due")
    String due(
            @RequestParam(defaultValue = "step-increase") String kind,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean notice,
            Model model) {
        LocalDate f = from == null ? LocalDate.now().withDayOfMonth(1) : from;
        LocalDate t = to == null ? f.plusMonths(1).minusDays(1) : to;
        var dueKind = PersonnelQueries.DueKind.of(kind).orElseThrow(() -> new NotFoundException("due list", kind));
        model.addAttribute("items", queries.due(dueKind, scope, f, t, notice));
        model.addAttribute("kind", kind);
        model.addAttribute(
                "kinds", List.of("step-increase", "retirement", "reappointment", "probation", "failed-two-years"));
        model.addAttribute("scope", scope);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("notice", notice);
        return "personnel/due";
    }

    /** The ratings of a year per unit against the cap on "hoàn thành xuất sắc". */
    @GetMapping("/ratings")
    String ratings(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String scope, Model model) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("items", queries.ratings(scope, y));
        model.addAttribute("year", y);
        model.addAttribute("scope", scope);
        return "personnel/ratings";
    }

    @GetMapping("/due.xlsx")
    void dueXlsx(
            @RequestParam(defaultValue = "step-increase") String kind,
            @RequestParam(required = false) String scope,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean notice,
            HttpServletResponse response)
            throws IOException {
        var dueKind = PersonnelQueries.DueKind.of(kind).orElseThrow(() -> new NotFoundException("due list", kind));
        var items = queries.due(dueKind, scope, from, to, notice);
        xlsx(response, "due-" + kind);
        export.write(
                "due-" + kind,
                kind + " " + from + ".." + to + " scope=" + scope,
                List.of(
                        col("personnel.col.name", PersonnelQueries.DueItem::fullName),
                        col("personnel.col.birth", PersonnelQueries.DueItem::birthDate),
                        col("personnel.col.unit", PersonnelQueries.DueItem::orgCode),
                        col("personnel.col.unitName", PersonnelQueries.DueItem::orgName),
                        col("personnel.col.rank", PersonnelQueries.DueItem::rankCode),
                        col("personnel.col.step", PersonnelQueries.DueItem::salaryStep),
                        col("personnel.col.due", PersonnelQueries.DueItem::dueDate),
                        col("personnel.col.notice", PersonnelQueries.DueItem::noticeDate),
                        col("personnel.col.decision", PersonnelQueries.DueItem::decisionDate),
                        col("personnel.col.detail", PersonnelQueries.DueItem::detail)),
                items,
                response.getOutputStream());
    }

    @GetMapping("/headcount")
    String headcount(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "province") String by,
            Model model) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        model.addAttribute("items", queries.headcount(scope, d, "province".equals(by)));
        model.addAttribute("scope", scope);
        model.addAttribute("asOf", d);
        model.addAttribute("by", by);
        return "personnel/headcount";
    }

    @GetMapping("/headcount.xlsx")
    void headcountXlsx(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "province") String by,
            HttpServletResponse response)
            throws IOException {
        var items = queries.headcount(scope, asOf, "province".equals(by));
        xlsx(response, "headcount");
        export.write(
                "headcount",
                "scope=" + scope + " asOf=" + asOf + " by=" + by,
                List.of(
                        col("personnel.col.unit", PersonnelQueries.HeadcountItem::orgCode),
                        col("personnel.col.unitName", PersonnelQueries.HeadcountItem::orgName),
                        col("personnel.col.province", PersonnelQueries.HeadcountItem::provinceCode),
                        col("personnel.col.category", PersonnelQueries.HeadcountItem::staffCategory),
                        col("personnel.col.count", PersonnelQueries.HeadcountItem::count)),
                items,
                response.getOutputStream());
    }

    @GetMapping("/import")
    String importPage() {
        return "personnel/import";
    }

    @PostMapping("/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response)
            throws IOException {
        String name = file.getOriginalFilename();
        model.addAttribute("filename", name == null ? "" : name);
        try (InputStream in = file.getInputStream()) {
            model.addAttribute(
                    "outcome",
                    history.track(
                            "personnel",
                            "people",
                            name,
                            () -> importer.importFile(name, in),
                            PersonnelImport.Outcome::rows));
        } catch (ImportRefusedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", e.result());
        }
        return htmx != null ? "personnel/import :: result" : "personnel/import";
    }

    private void xlsx(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now() + ".xlsx\"");
    }

    private <T> SheetExport.Column<T> col(String key, java.util.function.Function<T, Object> value) {
        return new SheetExport.Column<>(message(key), value);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    static final List<String> CATEGORIES =
            List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "COMMUNE_OFFICIAL", "COMMUNE_PART_TIME", "CONTRACT");

    static final List<String> KINDS = List.of(
            "RECRUITMENT",
            "PROBATION_END",
            "APPOINTMENT",
            "REAPPOINTMENT",
            "ROTATION",
            "SECONDMENT",
            "SECONDMENT_END",
            "TRANSFER",
            "PROMOTION",
            "STEP_INCREASE",
            "EARLY_STEP_INCREASE",
            "DISCIPLINE",
            "ALLOWANCE_CHANGE",
            "NON_COUNTING_PERIOD",
            "CAREER_LEVEL_CHANGE",
            "RESIGNATION",
            "RETIREMENT",
            "DEATH");
}
