package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.noivu.staffing.internal.Attribution;
import vn.noivu.staffing.internal.LineageEdge;
import vn.noivu.staffing.internal.UnitLife;

/** The comparability rule on small hand-made trees (docs/staffing-comparability.md). */
class ComparabilityRuleTests {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private final Map<String, UnitLife> units = new HashMap<>();
    private final Map<String, Long> quotas = new HashMap<>();

    private void unit(String code, String path, String from, String to) {
        units.put(
                code,
                new UnitLife(
                        code, code, "X", null, path, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }

    private Attribution at(int year, LineageEdge... edges) {
        return new Attribution(
                units,
                List.of(edges),
                LocalDate.of(year, 12, 31),
                (org, cat, y) -> quotas.get(org + "/" + cat + "/" + y));
    }

    @Test
    void unitStillInForceKeepsItsPosts() {
        unit("P", "/P/", "2010-01-01", null);
        assertThat(at(2025).distribute("P", "CIVIL_SERVANT", 2021, 120)).containsExactly(Map.entry("P", 120L));
    }

    @Test
    void mergedProvinceCarriesThePostsOfAllItsPredecessors() {
        unit("UBND.79", "/UBND.79/", "2010-01-01", null);
        unit("UBND.74", "/UBND.74/", "2010-01-01", "2025-07-01");
        unit("SNV.74", "/UBND.74/SNV.74/", "2010-01-01", "2025-07-01");
        Attribution a = at(2025, new LineageEdge("UBND.74", "UBND.79", MERGER, "MERGE"));
        assertThat(a.distribute("UBND.74", "CIVIL_SERVANT", 2021, 50)).containsExactly(Map.entry("UBND.79", 50L));
        // A department of the absorbed province that ended with it follows its province.
        assertThat(a.distribute("SNV.74", "CIVIL_SERVANT", 2021, 30)).containsExactly(Map.entry("UBND.79", 30L));
        // Compared within 2015–2021, nothing moves: the province still existed at the end of 2021.
        assertThat(at(2021, new LineageEdge("UBND.74", "UBND.79", MERGER, "MERGE"))
                        .distribute("SNV.74", "CIVIL_SERVANT", 2015, 30))
                .containsExactly(Map.entry("SNV.74", 30L));
    }

    @Test
    void dissolvedDistrictOfficeStaysInItsProvince() {
        unit("UBND.01", "/UBND.01/", "2010-01-01", null);
        unit("H.01.001", "/UBND.01/H.01.001/", "2010-01-01", "2025-07-01");
        unit("H.01.001.PNV", "/UBND.01/H.01.001/H.01.001.PNV/", "2010-01-01", "2025-07-01");
        assertThat(at(2025).distribute("H.01.001.PNV", "CIVIL_SERVANT", 2021, 8))
                .containsExactly(Map.entry("UBND.01", 8L));
    }

    @Test
    void splitDividesThePostsByTheSuccessorsQuotasInTheYearOfTheSplit() {
        unit("OLD", "/M/OLD/", "2010-01-01", "2023-01-01");
        unit("NEW.A", "/M/NEW.A/", "2023-01-01", null);
        unit("NEW.B", "/M/NEW.B/", "2023-01-01", null);
        quotas.put("NEW.A/CIVIL_SERVANT/2023", 60L);
        quotas.put("NEW.B/CIVIL_SERVANT/2023", 20L);
        LocalDate split = LocalDate.of(2023, 1, 1);
        Attribution a = at(
                2025, new LineageEdge("OLD", "NEW.A", split, "SPLIT"), new LineageEdge("OLD", "NEW.B", split, "SPLIT"));
        // 90 × 60/80 = 67.5 and 90 × 20/80 = 22.5: tie on remainders, the leftover post to NEW.A.
        assertThat(a.distribute("OLD", "CIVIL_SERVANT", 2021, 90))
                .containsEntry("NEW.A", 68L)
                .containsEntry("NEW.B", 22L);
    }

    @Test
    void partSeparatedFromAContinuingUnitTakesItsShareOfTheBaseline() {
        unit("DEPT", "/M/DEPT/", "2010-01-01", null);
        unit("AGENCY", "/N/AGENCY/", "2024-01-01", null);
        quotas.put("DEPT/CIVIL_SERVANT/2024", 30L);
        quotas.put("AGENCY/CIVIL_SERVANT/2024", 10L);
        Attribution a = at(2025, new LineageEdge("DEPT", "AGENCY", LocalDate.of(2024, 1, 1), "SPLIT"));
        assertThat(a.distribute("DEPT", "CIVIL_SERVANT", 2021, 44))
                .containsEntry("DEPT", 33L)
                .containsEntry("AGENCY", 11L);
        // A separation before the baseline year is already reflected in the baseline.
        assertThat(a.distribute("DEPT", "CIVIL_SERVANT", 2024, 30)).containsExactly(Map.entry("DEPT", 30L));
    }

    @Test
    void unitThatMovedMinistriesKeepsItsPostsWhereverItIsPlaced() {
        // A transfer keeps the code: the unit carries its own baseline, and its path (now under ministry N)
        // places baseline and current in N.
        unit("UNIT", "/N/UNIT/", "2010-01-01", null);
        assertThat(at(2025).distribute("UNIT", "PUBLIC_EMPLOYEE_BUDGET", 2021, 15))
                .containsExactly(Map.entry("UNIT", 15L));
    }

    @Test
    void chainsOfRestructuringsAreFollowedToTheEnd() {
        unit("A", "/M/A/", "2010-01-01", "2018-01-01");
        unit("B", "/M/B/", "2018-01-01", "2025-03-01");
        unit("C", "/N/C/", "2025-03-01", null);
        unit("M", "/M/", "2010-01-01", null);
        Attribution a = at(
                2025,
                new LineageEdge("A", "B", LocalDate.of(2018, 1, 1), "RENAME"),
                new LineageEdge("B", "C", LocalDate.of(2025, 3, 1), "MERGE"));
        assertThat(a.distribute("A", "CIVIL_SERVANT", 2015, 7)).containsExactly(Map.entry("C", 7L));
        assertThat(a.carriers("A", 2015)).containsExactly("C");
        assertThat(a.moves("A", 2015)).isTrue();
        assertThat(a.moves("M", 2015)).isFalse();
    }

    @Test
    void cyclicLineageDoesNotLoop() {
        unit("A", "/A/", "2010-01-01", "2020-01-01");
        unit("B", "/B/", "2010-01-01", "2020-01-01");
        LocalDate d = LocalDate.of(2020, 1, 1);
        Attribution a = at(2021, new LineageEdge("A", "B", d, "MERGE"), new LineageEdge("B", "A", d, "MERGE"));
        assertThat(a.distribute("A", "CIVIL_SERVANT", 2015, 5).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(5);
    }
}
