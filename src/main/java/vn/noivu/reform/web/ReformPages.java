package vn.noivu.reform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.platform.web.Formats;
import vn.noivu.reform.ComponentProfile;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.RankedUnit;
import vn.noivu.reform.Reform;
import vn.noivu.reform.TrendPoint;

/**
 * The reform index pages: a year's ranking table with its chart and the regions' ranking; a unit's
 * trend over the years (with its predecessors for a merged province), its areas against the average
 * and the best, and the criteria that lost the most points; each table as XLSX.
 */
@Controller
@RequestMapping("/reform")
class ReformPages {

    /** A region's ranked members of a year and their average index. */
    record RegionTable(String code, String name, BigDecimal average, List<RankedUnit> members) {}

    private final Reform reform;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Formats fmt;

    ReformPages(Reform reform, MessageSource messages, JsonMapper json, Formats fmt) {
        this.reform = reform;
        this.messages = messages;
        this.json = json;
        this.fmt = fmt;
    }

    @GetMapping
    String ranking(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "PROVINCES") String set,
            @RequestParam(required = false) String scope,
            Model model) {
        EvaluatedSet s = reform.set(set);
        String owner = reform.owner(s, scope);
        List<Integer> years = reform.years(s, owner);
        int y = year != null
                ? year
                : years.isEmpty() ? java.time.LocalDate.now().getYear() - 1 : years.get(years.size() - 1);
        List<RankedUnit> ranking = reform.ranking(y, s, owner);
        model.addAttribute("year", y);
        model.addAttribute("years", years.contains(y) ? years : withYear(years, y));
        model.addAttribute("set", s);
        model.addAttribute("sets", EvaluatedSet.values());
        model.addAttribute("scopeParam", owner);
        model.addAttribute("ranking", ranking);
        model.addAttribute("summary", summary(ranking));
        model.addAttribute("regions", regions(ranking));
        model.addAttribute("chart", json.writeValueAsString(rankingChart(ranking)));
        return "reform/ranking";
    }

    @GetMapping("/units/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "PROVINCES") String set,
            @RequestParam(required = false) String scope,
            Model model) {
        EvaluatedSet s = reform.set(set);
        String owner = reform.owner(s, scope);
        List<TrendPoint> trend = reform.trend(s, owner, code);
        int y = year != null
                ? year
                : trend.isEmpty()
                        ? java.time.LocalDate.now().getYear() - 1
                        : trend.get(trend.size() - 1).year();
        String name = trend.stream()
                .filter(p -> !p.predecessor())
                .reduce((a, b) -> b)
                .map(TrendPoint::name)
                .orElse(code);
        List<ComponentProfile> areas = reform.profile(y, s, owner, code, false);
        List<ComponentProfile> losses = reform.profile(y, s, owner, code, true);
        model.addAttribute("code", code);
        model.addAttribute("name", name);
        model.addAttribute("year", y);
        model.addAttribute("set", s);
        model.addAttribute("scopeParam", owner);
        model.addAttribute("trend", trend);
        model.addAttribute("areas", areas);
        model.addAttribute("losses", losses);
        model.addAttribute("trendChart", json.writeValueAsString(trendChart(trend)));
        model.addAttribute("radarChart", json.writeValueAsString(radarChart(areas)));
        return "reform/unit";
    }

    /** A page's table as XLSX: {@code table} = ranking | regions | trend | areas | losses. */
    @GetMapping("/export")
    void export(
            @RequestParam String table,
            @RequestParam int year,
            @RequestParam(defaultValue = "PROVINCES") String set,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String unit,
            HttpServletResponse response)
            throws IOException {
        EvaluatedSet s = reform.set(set);
        String owner = reform.owner(s, scope);
        List<String> headers;
        List<List<Object>> rows = new ArrayList<>();
        String title;
        switch (table) {
            case "ranking", "regions" -> {
                List<RankedUnit> ranking = reform.ranking(year, s, owner);
                title = msg("reform.ranking.heading", String.valueOf(year), msg("reform.set." + s.name()));
                headers = cols("rank", "unit", "index", "rankChange", "indexChange", "region", "regionRank", "group");
                List<RankedUnit> ordered = table.equals("ranking")
                        ? ranking
                        : regions(ranking).stream()
                                .flatMap(r -> r.members().stream())
                                .toList();
                for (RankedUnit r : ordered) {
                    rows.add(java.util.Arrays.asList(
                            r.rank(),
                            r.name(),
                            r.index(),
                            r.rankChange(),
                            r.indexChange(),
                            r.region(),
                            r.regionRank() == null ? null : msg("reform.regionRankOf", r.regionRank(), r.regionSize()),
                            r.group()));
                }
            }
            case "trend" -> {
                title = msg("reform.unit.trend");
                headers = cols("year", "unit", "index", "rank", "ranked", "note");
                for (TrendPoint p : reform.trend(s, owner, required(unit))) {
                    rows.add(java.util.Arrays.asList(
                            p.year(),
                            p.name(),
                            p.index(),
                            p.rank(),
                            p.ranked(),
                            p.predecessor() ? msg("reform.unit.predecessor") : null));
                }
            }
            case "areas", "losses" -> {
                boolean leaves = table.equals("losses");
                title = msg(leaves ? "reform.unit.losses" : "reform.unit.profile", String.valueOf(year));
                headers = cols(leaves ? "criterion" : "area", "max", "points", "lost", "percent", "average", "best");
                for (ComponentProfile c : reform.profile(year, s, owner, required(unit), leaves)) {
                    rows.add(
                            List.of(c.name(), c.maxPoints(), c.points(), c.lost(), c.percent(), c.average(), c.best()));
                }
            }
            default -> throw new vn.noivu.platform.web.NotFoundException("table", table);
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("chi-so-cchc-" + table + "-" + year + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        reform.exportTable(table, title, headers, rows, response.getOutputStream());
    }

    private static String required(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new vn.noivu.platform.web.NotFoundException("unit", "");
        }
        return unit;
    }

    private List<String> cols(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(msg("reform.col." + k));
        }
        return out;
    }

    private static List<Integer> withYear(List<Integer> years, int year) {
        List<Integer> out = new ArrayList<>(years);
        out.add(year);
        out.sort(null);
        return out;
    }

    private String summary(List<RankedUnit> ranking) {
        if (ranking.isEmpty()) {
            return "";
        }
        BigDecimal sum = ranking.stream().map(RankedUnit::index).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(ranking.size()), 2, RoundingMode.HALF_UP);
        return msg(
                "reform.ranking.summary",
                String.valueOf(ranking.size()),
                fmt.decimal2(average),
                String.valueOf(count(ranking, "A")),
                String.valueOf(count(ranking, "B")),
                String.valueOf(count(ranking, "C")));
    }

    private static long count(List<RankedUnit> ranking, String group) {
        return ranking.stream().filter(r -> group.equals(r.group())).count();
    }

    /** The regions in their usual order, each with its members by region rank and its average. */
    private List<RegionTable> regions(List<RankedUnit> ranking) {
        List<RegionTable> out = new ArrayList<>();
        reform.regions().forEach((code, name) -> {
            List<RankedUnit> members = ranking.stream()
                    .filter(r -> code.equals(r.regionCode()))
                    .sorted(java.util.Comparator.comparing(RankedUnit::regionRank))
                    .toList();
            if (!members.isEmpty()) {
                BigDecimal sum = members.stream().map(RankedUnit::index).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.add(new RegionTable(
                        code, name, sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP), members));
            }
        });
        out.sort(java.util.Comparator.comparing(RegionTable::average).reversed());
        return out;
    }

    private static Map<String, Object> rankingChart(List<RankedUnit> ranking) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "ranking");
        chart.put("labels", ranking.stream().map(RankedUnit::name).toList());
        chart.put(
                "series",
                List.of(Map.of(
                        "name",
                        "%",
                        "data",
                        ranking.stream().map(RankedUnit::index).toList())));
        return chart;
    }

    private static Map<String, Object> trendChart(List<TrendPoint> trend) {
        List<Integer> years =
                trend.stream().map(TrendPoint::year).distinct().sorted().toList();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (TrendPoint p : trend) {
            List<BigDecimal> data = series.computeIfAbsent(p.name(), k -> {
                List<BigDecimal> l = new ArrayList<>();
                years.forEach(y -> l.add(null));
                return l;
            });
            data.set(years.indexOf(p.year()), p.index());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "lines");
        chart.put("labels", years.stream().map(String::valueOf).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        series.forEach((name, data) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("data", data);
            list.add(s);
        });
        chart.put("series", list);
        return chart;
    }

    private Map<String, Object> radarChart(List<ComponentProfile> areas) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "radar");
        chart.put("labels", areas.stream().map(ComponentProfile::name).toList());
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                msg("reform.unit.series.unit"),
                                "data",
                                areas.stream().map(ComponentProfile::percent).toList()),
                        Map.of(
                                "name",
                                msg("reform.unit.series.average"),
                                "data",
                                areas.stream().map(ComponentProfile::average).toList()),
                        Map.of(
                                "name",
                                msg("reform.unit.series.best"),
                                "data",
                                areas.stream().map(ComponentProfile::best).toList())));
        return chart;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
