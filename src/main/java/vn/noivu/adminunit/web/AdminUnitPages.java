package vn.noivu.adminunit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.adminunit.internal.AdminUnitImporter;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.LegalBasis;
import vn.noivu.adminunit.internal.Today;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.NotFoundException;

/**
 * The administrative-unit pages: the tree as of a date (children loaded on demand), search, a unit's
 * history and lineage, what changed between two dates (each number drills down), and imports.
 */
@Controller
@RequestMapping("/admin-units")
class AdminUnitPages {

    static final int PAGE = 100;

    private final AdminUnitQueries queries;
    private final AdminUnitImporter importer;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;
    private final vn.noivu.adminunit.AdminUnits adminUnits;
    private final vn.noivu.platform.imports.Uploads uploads;
    private final UnitChildren children;

    AdminUnitPages(
            AdminUnitQueries queries,
            AdminUnitImporter importer,
            JdbcClient jdbc,
            org.springframework.context.MessageSource messages,
            vn.noivu.adminunit.AdminUnits adminUnits,
            vn.noivu.platform.imports.Uploads uploads,
            UnitChildren children) {
        this.uploads = uploads;
        this.children = children;
        this.adminUnits = adminUnits;
        this.queries = queries;
        this.importer = importer;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @GetMapping
    String tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = Today.orToday(asOf);
        model.addAttribute("asOf", date);
        model.addAttribute("summary", queries.summary(date));
        model.addAttribute("nodes", queries.children(date, null));
        return "adminunit/tree";
    }

    @GetMapping("/tree")
    String children(
            @RequestParam String parent,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        model.addAttribute("asOf", asOf);
        model.addAttribute("nodes", queries.children(asOf, parent));
        return "adminunit/tree :: nodes";
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        LocalDate date = Today.orToday(asOf);
        model.addAttribute("asOf", date);
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? List.of() : queries.search(q, date, 30));
        if (htmx != null) {
            return "adminunit/tree :: results";
        }
        model.addAttribute("summary", queries.summary(date));
        model.addAttribute("nodes", queries.children(date, null));
        return "adminunit/tree";
    }

    @GetMapping("/{code:[0-9]{2,5}}")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        AdminUnitQueries.UnitRef ref =
                queries.resolve(code, asOf).orElseThrow(() -> new NotFoundException("admin unit", code));
        model.addAttribute("asOf", asOf);
        model.addAttribute("unit", ref.version());
        model.addAttribute(
                "parent",
                ref.version().parentCode() == null
                        ? null
                        : adminUnits
                                .find(ref.version().parentCode(), ref.version().validFrom())
                                .orElse(null));
        model.addAttribute("versions", queries.versions(ref.unitId()));
        model.addAttribute("children", children.of(code, UnitChildren.dateOf(ref.version(), asOf)));
        List<AdminUnitQueries.ChangeRecord> changes = queries.changesOf(ref.unitId());
        model.addAttribute("changes", changes);
        model.addAttribute("predecessors", queries.predecessors(ref.unitId()));
        model.addAttribute("successors", queries.successors(ref.unitId()));
        model.addAttribute(
                "documents",
                queries.documents(changes.stream()
                        .flatMap(c -> LegalBasis.numbers(c.legalBasis()).stream())
                        .distinct()
                        .toList()));
        return "adminunit/unit";
    }

    @GetMapping("/changes")
    String changes(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        // Without dates the page opens on the last reform (the day before it → its day), not on a year
        // in which nothing may have changed.
        List<AdminUnitQueries.Reform> reforms = queries.reforms(AdminUnitReforms.MINIMUM_CHANGES);
        if (from == null && to == null && !reforms.isEmpty()) {
            to = reforms.get(0).effectiveDate();
            from = to.minusDays(1);
        }
        LocalDate end = Today.orToday(to);
        LocalDate start = from != null ? from : end.minusYears(1);
        if (start.isAfter(end)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("result", queries.changes(start, end, false));
        model.addAttribute("kinds", kindCounts(start, end));
        model.addAttribute("reforms", reforms);
        model.addAttribute("endedNotDissolved", AdminUnitReforms.endedNotDissolved(queries, start, end));
        return "adminunit/changes";
    }

    /** Change records per level and kind in (from, to]. */
    private Map<String, Map<String, Integer>> kindCounts(LocalDate from, LocalDate to) {
        Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
        AdminUnitQueries.LEVELS.forEach(l -> counts.put(l, new java.util.LinkedHashMap<>()));
        jdbc.sql("""
                        SELECT level, k AS kind, count(*) AS n FROM adminunit.change, unnest(kinds) k
                        WHERE effective_date > :from AND effective_date <= :to GROUP BY level, k ORDER BY level, k""").param("from", from).param("to", to).query(rs -> {
            counts.get(rs.getString("level")).put(rs.getString("kind"), rs.getInt("n"));
        });
        return counts;
    }

    @GetMapping("/changes/units")
    String changedUnits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String level,
            @RequestParam String which,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!AdminUnitQueries.LEVELS.contains(level)
                || !List.of("created", "abolished").contains(which)) {
            throw new NotFoundException("admin unit list", level + "/" + which);
        }
        int p = Math.max(0, page);
        List<AdminUnitQueries.DeltaUnit> units = queries.deltaUnits(
                from, to, level, which.equals("created"), vn.noivu.shared.Paging.offset(p, PAGE), PAGE + 1);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("level", level);
        model.addAttribute("which", which);
        model.addAttribute("page", p);
        model.addAttribute("hasMore", units.size() > PAGE);
        model.addAttribute("units", units.size() > PAGE ? units.subList(0, PAGE) : units);
        return "adminunit/changed-units";
    }

    @GetMapping("/changes/records")
    String changeRecords(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        List<AdminUnitQueries.ChangeRecord> records = queries.changeRecords(
                from, to, blankToNull(level), blankToNull(kind), vn.noivu.shared.Paging.offset(p, PAGE), PAGE + 1);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("level", blankToNull(level));
        model.addAttribute("kind", blankToNull(kind));
        model.addAttribute("page", p);
        model.addAttribute("hasMore", records.size() > PAGE);
        model.addAttribute("records", records.size() > PAGE ? records.subList(0, PAGE) : records);
        return "adminunit/change-records";
    }

    @GetMapping("/imports")
    String imports(Model model) {
        model.addAttribute("canImport", canImport());
        model.addAttribute("batches", jdbc.sql("""
                        SELECT id, kind, filename, effective_date, row_count, change_count, actor, imported_at,
                               (SELECT count(*) FROM adminunit.import_warning w WHERE w.import_id = b.id)
                                   AS warning_count
                        FROM adminunit.import_batch b ORDER BY id DESC LIMIT 50""").query(ImportBatch.class).list());
        return "adminunit/imports";
    }

    @PostMapping("/imports")
    @PreAuthorize("hasRole('EDITOR')")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            @RequestParam(required = false) String legalBasis,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (!CurrentUser.scope().isNational()) {
            throw new OutOfScopeException("national administrative-unit reference data");
        }
        ImportResult result;
        String filename = file == null ? "" : file.getOriginalFilename();
        if (file == null) {
            result = ImportResult.refused(
                    0,
                    List.of(new vn.noivu.platform.imports.ImportError(
                            0,
                            "file",
                            messages.getMessage(
                                    "adminunit.import.error.noFile", null, LocaleContextHolder.getLocale()))));
            response.setStatus(422);
        } else {
            try {
                result = importer.importUpload(
                        uploads, file, kind, effectiveDate, legalBasis, LocaleContextHolder.getLocale());
            } catch (ImportRefusedException e) {
                result = e.result();
                response.setStatus(e.status());
            }
        }
        model.addAttribute("result", result);
        model.addAttribute("filename", filename);
        return "adminunit/imports :: result";
    }

    record ImportBatch(
            long id,
            String kind,
            String filename,
            LocalDate effectiveDate,
            int rowCount,
            int changeCount,
            String actor,
            java.time.OffsetDateTime importedAt,
            int warningCount) {}

    private static boolean canImport() {
        return CurrentUser.get()
                .map(u -> u.hasRole(Role.EDITOR) && u.scope().isNational())
                .orElse(false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
