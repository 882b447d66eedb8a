package vn.noivu.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What a review is computed for: a scope the current user may read ({@code code} null = the whole
 * country; a province code such as {@code 01}; an organisation code), its subtree path and name, the
 * year, the baseline years (the first is the one asked for, 2015 by default; 2021 follows when the
 * year is after it), and the day figures are counted on ({@code asOf}: 31/12 of the year, or today).
 *
 * @param provinceCode the 2-digit province code when the scope is a province, else null
 * @param recast whether a national ranking compares today's provinces (with the history of those merged
 *     into them) rather than the provinces of the year
 */
public record ReviewScope(
        String code,
        String path,
        String name,
        String provinceCode,
        int year,
        List<Integer> baselineYears,
        LocalDate asOf,
        boolean recast) {

    public boolean national() {
        return code == null;
    }

    public int baselineYear() {
        return baselineYears.get(0);
    }

    /** The day a year's figures are counted on: its last day, or today for the current year. */
    public static LocalDate endOf(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now();
        return end.isAfter(today) ? today : end;
    }

    /** The query string that names this scope in a link ({@code scope=01&}), empty for the country. */
    public String scopeParam() {
        return code == null
                ? ""
                : "scope=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }
}
