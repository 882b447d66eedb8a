package vn.noivu.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.OrgClock;
import vn.noivu.organization.internal.OrgExport;
import vn.noivu.organization.internal.OrgImports;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.organization.internal.ScopeSelection;
import vn.noivu.organization.internal.Tier;
import vn.noivu.organization.internal.TreeNode;
import vn.noivu.organization.internal.UnitType;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;

/**
 * Pages of the organisation module: the tree as of a date with counts per type, the org chart, a
 * unit's page (history and lineage), what changed between two dates with every figure drillable, the
 * XLSX export and the import form. Everything is limited to the user's scope.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

    /** Above this many units a tree page or chart shows only its top levels. */
    static final int LARGE_TREE = 2_000;

    private final OrgQueries queries;
    private final ChangeStatistics statistics;
    private final ScopeSelection scopes;
    private final OrgExport export;
    private final OrgImports imports;
    private final vn.noivu.platform.imports.Uploads uploads;
    private final SubUnits subUnits;

    OrganizationPages(
            OrgQueries queries,
            ChangeStatistics statistics,
            ScopeSelection scopes,
            OrgExport export,
            OrgImports imports,
            vn.noivu.platform.imports.Uploads uploads,
            SubUnits subUnits) {
        this.subUnits = subUnits;
        this.queries = queries;
        this.statistics = statistics;
        this.scopes = scopes;
        this.export = export;
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping
    String tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope,
            Model model) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UserScope s = scopes.resolve(scope);
        List<OrgQueries.Row> rows = queries.list(d, null, null, s);
        model.addAttribute("asOf", d);
        model.addAttribute("scope", s.code());
        model.addAttribute("roots", TreeNode.build(rows));
        model.addAttribute("counts", queries.countsByType(d, s));
        model.addAttribute("total", rows.size());
        // A national tree has ~100,000 units: beyond this size the page shows the top levels and links
        // each deeper subtree to its own page.
        model.addAttribute("maxDepth", rows.size() > LARGE_TREE ? 2 : Integer.MAX_VALUE);
        return "organization/tree";
    }

    @GetMapping("/chart")
    String chart(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope,
            Model model) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UserScope s = scopes.resolve(scope);
        model.addAttribute("asOf", d);
        model.addAttribute("scope", s.code());
        return "organization/chart";
    }

    /** The tree as nested {name, value, children} for the ECharts tree series. */
    @GetMapping(value = "/chart-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> chartData(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UserScope s = scopes.resolve(scope);
        List<TreeNode> roots = TreeNode.build(queries.list(d, null, null, s));
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", s.code() == null ? "Toàn quốc" : s.code());
        top.put("value", "");
        top.put("children", roots.stream().map(OrganizationPages::chartNode).toList());
        return top;
    }

    private static Map<String, Object> chartNode(TreeNode n) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", n.name());
        node.put("value", n.code());
        node.put("type", n.type());
        if (!n.children().isEmpty()) {
            node.put(
                    "children",
                    n.children().stream().map(OrganizationPages::chartNode).toList());
        }
        return node;
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, Model model) {
        UserScope scope = CurrentUser.scope();
        List<OrgQueries.Row> history = queries.history(code, scope);
        if (history.isEmpty()) {
            throw new NotFoundException("organization", code);
        }
        List<OrgQueries.Edge> lineage = queries.lineage(code).stream()
                .filter(e -> inScope(e.predecessorCode(), scope) && inScope(e.successorCode(), scope))
                .toList();
        List<ChangeStatistics.Record> records = queries.restructuringsOf(code).stream()
                .map(id -> statistics.record(id).orElseThrow())
                .toList();
        Set<String> codes = new HashSet<>();
        history.forEach(r -> {
            if (r.view().parentCode() != null) {
                codes.add(r.view().parentCode());
            }
        });
        records.forEach(r -> {
            codes.addAll(r.predecessors());
            codes.addAll(r.successors());
        });
        OrgQueries.Row current = history.get(history.size() - 1);
        LocalDate today = OrgClock.today();
        for (OrgQueries.Row r : history) {
            if (!r.view().validFrom().isAfter(today)
                    && (r.view().validTo() == null || r.view().validTo().isAfter(today))) {
                current = r;
            }
        }
        model.addAttribute("unit", current);
        model.addAttribute("history", history);
        model.addAttribute("lineage", lineage);
        model.addAttribute("records", records);
        model.addAttribute("names", queries.names(codes));
        model.addAttribute("subUnits", subUnits.of(code, today, scope));
        return "organization/unit";
    }

    private boolean inScope(String code, UserScope scope) {
        return queries.pathOf(code).filter(scope::includes).isPresent();
    }

    @GetMapping("/changes")
    String changes(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String scope,
            Model model) {
        LocalDate d1 = from == null ? LocalDate.of(2015, 1, 1) : from;
        LocalDate d2 = to == null ? OrgClock.today() : to;
        UserScope s = scopes.resolve(scope);
        var figures = statistics.between(d1, d2, s);
        List<Object[]> groups = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<ChangeStatistics.Line> lines = figures.byTierAndType().stream()
                    .filter(l -> l.tier().equals(tier.name()))
                    .toList();
            if (!lines.isEmpty()) {
                groups.add(new Object[] {tier.name(), lines});
            }
        }
        List<ChangeStatistics.Record> records = statistics.records(d1, d2, s, 500);
        Set<String> codes = new HashSet<>();
        records.forEach(r -> {
            codes.addAll(r.predecessors());
            codes.addAll(r.successors());
        });
        model.addAttribute("from", d1);
        model.addAttribute("to", d2);
        model.addAttribute("scope", s.code());
        model.addAttribute("figures", figures);
        model.addAttribute("groups", groups);
        model.addAttribute("measures", ChangeStatistics.Line.MEASURES);
        model.addAttribute("records", records);
        model.addAttribute("names", queries.names(codes));
        return "organization/changes";
    }

    @GetMapping("/changes/units")
    String changeUnits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String measure,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String type,
            Model model) {
        UserScope s = scopes.resolve(scope);
        String t = tier == null || tier.isBlank() ? null : Tier.valueOf(tier).name();
        String y =
                type == null || type.isBlank() ? null : UnitType.valueOf(type).name();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("scope", s.code());
        model.addAttribute("measure", measure);
        model.addAttribute("tier", t);
        model.addAttribute("type", y);
        model.addAttribute("units", statistics.units(from, to, s, t, y, measure));
        return "organization/change-units";
    }

    @GetMapping("/restructurings/{id}")
    String restructuring(@PathVariable long id, Model model) {
        ChangeStatistics.Record r = statistics.record(id).orElseThrow(() -> new NotFoundException("restructuring", id));
        UserScope scope = CurrentUser.scope();
        List<String> all = new ArrayList<>(r.predecessors());
        all.addAll(r.successors());
        if (all.stream().noneMatch(c -> inScope(c, scope))) {
            throw new NotFoundException("restructuring", id);
        }
        model.addAttribute("record", r);
        model.addAttribute("names", queries.names(all));
        return "organization/restructuring";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UserScope s = scopes.resolve(scope);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("to-chuc-" + (s.code() == null ? "toan-quoc" : s.code()) + "-" + d + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(export.xlsx(d, s));
    }

    @GetMapping("/imports")
    String importForm() {
        return "organization/import";
    }

    @PostMapping("/imports")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam("kind") String kind,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        ImportResult result;
        try {
            result = uploads.importFile(
                    "organization",
                    kind,
                    file,
                    OrgImports.limits(uploads, kind),
                    table -> imports.importFile(kind, file.getOriginalFilename(), table));
        } catch (ImportRefusedException e) {
            result = e.result();
            response.setStatus(e.status());
        }
        model.addAttribute("result", result);
        model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
        return htmx != null ? "organization/import :: result" : "organization/import";
    }
}
