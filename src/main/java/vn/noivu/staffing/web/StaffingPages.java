package vn.noivu.staffing.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.QuotaContribution;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingScope;
import vn.noivu.staffing.internal.StaffingExports;

/**
 * The reduction pages: a scope's table by category with its parts (the ranking of provinces and the
 * ministries for the whole country), charts, and the drill-down from any figure to the quotas behind it.
 */
@Controller
@RequestMapping("/staffing")
class StaffingPages {

    /** How many quota rows a drill-down page lists before pointing to the export. */
    static final int UNIT_ROWS = 500;

    private final Staffing staffing;
    private final StaffingWeb web;
    private final StaffingExports exports;
    private final StaffingTables tables;
    private final vn.noivu.platform.exports.TableExports tableExports;

    StaffingPages(
            Staffing staffing,
            StaffingWeb web,
            StaffingExports exports,
            StaffingTables tables,
            vn.noivu.platform.exports.TableExports tableExports) {
        this.staffing = staffing;
        this.web = web;
        this.exports = exports;
        this.tables = tables;
        this.tableExports = tableExports;
    }

    /**
     * The page's tables as a file: both as sheets of one workbook, or one of them ({@code table}
     * category or ranking) as CSV.
     */
    @GetMapping(params = "format")
    ResponseEntity<byte[]> overviewExport(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "category") String table,
            @RequestParam String format) {
        Reduction r = staffing.reduction(scope, baselineYear, year);
        var byCategory = tables.byCategory(scope, r.baselineYear(), r.year());
        var ranking = tables.ranking(scope, r.baselineYear(), r.year());
        String name = "giam-bien-che-" + (r.scopeName() == null ? "toan-quoc" : r.scopeName()) + "-" + r.baselineYear()
                + "-" + r.year();
        List<vn.noivu.platform.exports.ReportTable> sheets =
                "ranking".equals(table) ? List.of(ranking, byCategory) : List.of(byCategory, ranking);
        return tableExports.download(format, name, "staffing.reduction", sheets);
    }

    @GetMapping
    String overview(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        StaffingScope s = staffing.scope(scope);
        Reduction r = staffing.reduction(scope, baselineYear, year);
        List<ScopeReduction> parts = staffing.reductionByPart(scope, r.baselineYear(), r.year());
        Map<String, String> names = web.categoryNames();
        List<ScopeReduction> provinces = StaffingTables.rankedParts(s, parts).stream()
                .filter(ScopeReduction::isProvince)
                .toList();
        // parts with no posts in either year (districts abolished in 2025, bodies without quotas) say nothing
        List<ScopeReduction> others = parts.stream()
                .filter(p -> !provinces.contains(p))
                .filter(p -> p.categories().stream().anyMatch(c -> c.baseline() != 0 || c.current() != 0))
                .toList();
        model.addAttribute("scope", s);
        model.addAttribute("scopeParam", scope == null ? "" : scope);
        model.addAttribute("reduction", r);
        model.addAttribute("grouped", tables.grouped(r));
        model.addAttribute("provinces", provinces);
        model.addAttribute("others", others);
        model.addAttribute("catNames", names);
        model.addAttribute("years", web.years());
        model.addAttribute("categoryChart", web.json(categoryChart(r, names)));
        model.addAttribute("seriesChart", web.json(seriesChart(scope, r, names)));
        model.addAttribute("rankingChart", web.json(rankingChart(provinces.isEmpty() ? others : provinces)));
        return htmx != null ? "staffing/overview :: report" : "staffing/overview";
    }

    /** A figure's drill-down as a file: its parts and every quota behind it. */
    @GetMapping(value = "/figure", params = "format")
    ResponseEntity<byte[]> figureExport(
            @RequestParam(required = false) String scope,
            @RequestParam int baselineYear,
            @RequestParam int year,
            @RequestParam String category,
            @RequestParam(defaultValue = "current") String side,
            @RequestParam String format) {
        boolean baseline = "baseline".equals(side);
        List<vn.noivu.platform.exports.ReportTable> sheets =
                tables.figure(scope, baselineYear, year, category, baseline);
        return tableExports.download(
                format,
                "bien-che-" + category + "-" + (baseline ? baselineYear : year) + "-"
                        + (scope == null || scope.isBlank() ? "toan-quoc" : scope),
                "staffing.figure",
                sheets);
    }

    /** One figure of a scope (a category, baseline or current side): its parts and the quotas behind it. */
    @GetMapping("/figure")
    String figure(
            @RequestParam(required = false) String scope,
            @RequestParam int baselineYear,
            @RequestParam int year,
            @RequestParam String category,
            @RequestParam(defaultValue = "current") String side,
            Model model) {
        boolean baseline = "baseline".equals(side);
        StaffingScope s = staffing.scope(scope);
        Reduction r = staffing.reduction(scope, baselineYear, year);
        CategoryReduction figure = r.categories().stream()
                .filter(c -> c.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new vn.noivu.platform.web.NotFoundException("category", category));
        List<ScopeReduction> parts = staffing.reductionByPart(scope, baselineYear, year).stream()
                .filter(p -> p.category(category) != null)
                .toList();
        List<QuotaContribution> rows =
                s.national() ? List.of() : staffing.contributions(scope, baselineYear, year, category, baseline);
        model.addAttribute("scope", s);
        model.addAttribute("scopeParam", scope == null ? "" : scope);
        model.addAttribute("reduction", r);
        model.addAttribute("figure", figure);
        model.addAttribute("category", category);
        model.addAttribute("side", baseline ? "baseline" : "current");
        model.addAttribute("heldIn", baseline ? baselineYear : year);
        model.addAttribute("parts", parts);
        model.addAttribute("rows", rows.size() > UNIT_ROWS ? rows.subList(0, UNIT_ROWS) : rows);
        model.addAttribute("moreRows", Math.max(0, rows.size() - UNIT_ROWS));
        model.addAttribute(
                "rowsTotal", rows.stream().mapToLong(QuotaContribution::counted).sum());
        model.addAttribute("catNames", web.categoryNames());
        return "staffing/figure";
    }

    /** The category catalogue, every version with its legal basis and validity. */
    @GetMapping("/categories")
    String categories(Model model) {
        model.addAttribute("categories", staffing.categories());
        return "staffing/categories";
    }

    @GetMapping("/export/reduction")
    ResponseEntity<byte[]> exportReduction(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.reduction(scope, baselineYear, year, format);
    }

    static Comparator<ScopeReduction> byReduction() {
        return Comparator.comparing((ScopeReduction p) -> p.total().reductionPercent() == null
                        ? java.math.BigDecimal.valueOf(-1_000_000)
                        : p.total().reductionPercent())
                .reversed()
                .thenComparing(ScopeReduction::code);
    }

    private static Map<String, Object> categoryChart(Reduction r, Map<String, String> names) {
        List<String> labels = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        for (CategoryReduction c : r.categories()) {
            if (c.baseline() == 0 && c.current() == 0) {
                continue;
            }
            labels.add(names.getOrDefault(c.category(), c.category()));
            before.add(c.baseline());
            after.add(c.current());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bars");
        chart.put("labels", labels);
        chart.put(
                "series",
                List.of(
                        Map.of("name", String.valueOf(r.baselineYear()), "data", before),
                        Map.of("name", String.valueOf(r.year()), "data", after)));
        return chart;
    }

    private Map<String, Object> seriesChart(String scope, Reduction r, Map<String, String> names) {
        int from = staffing.earliestYear();
        int to = r.year();
        Map<Integer, Map<String, Long>> series = staffing.series(scope, from, to);
        List<Integer> years = new ArrayList<>(series.keySet());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CategoryReduction c : r.categories()) {
            List<Long> data = new ArrayList<>();
            boolean any = false;
            for (Integer y : years) {
                long v = series.get(y).getOrDefault(c.category(), 0L);
                any |= v > 0;
                data.add(v);
            }
            if (any) {
                lines.add(Map.of("name", names.getOrDefault(c.category(), c.category()), "data", data));
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "lines");
        chart.put("labels", years.stream().map(String::valueOf).toList());
        chart.put("series", lines);
        return chart;
    }

    private static Map<String, Object> rankingChart(List<ScopeReduction> parts) {
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (ScopeReduction p : parts) {
            if (p.total().reductionPercent() != null) {
                labels.add(p.name());
                values.add(p.total().reductionPercent());
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "ranking");
        chart.put("labels", labels);
        chart.put("series", List.of(Map.of("name", "%", "data", values)));
        return chart;
    }
}
