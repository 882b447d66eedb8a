package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.platform.imports.TabularFile;

/** The shipped reference data, as loaded on first start, equals the official snapshots code for code. */
@NoiVuIntegrationTest
class ReferenceDataIntegrationTests {

    @Autowired
    AdminUnits adminUnits;

    @Test
    void asOfNovember2021TheHeldStateIsTheSnapshotOf2021() throws IOException {
        assertThat(held(LocalDate.of(2021, 11, 1))).isEqualTo(shipped("units-2021.csv"));
    }

    @Test
    void onTheLastDayOfThreeLevelsTheHeldStateIsTheStateOfMarch2025() throws IOException {
        Map<String, String> held = held(LocalDate.of(2025, 6, 30));
        assertThat(held).isEqualTo(shipped("units-2024.csv"));
        assertThat(countByLevel(LocalDate.of(2025, 6, 30)))
                .isEqualTo(Map.of("province", 63L, "district", 696L, "commune", 10_035L));
    }

    @Test
    void fromJuly2025TheHeldStateIsTheTwoLevelStructure() throws IOException {
        assertThat(held(LocalDate.of(2025, 7, 1))).isEqualTo(shipped("units-2025.csv"));
        assertThat(countByLevel(LocalDate.of(2025, 7, 1))).isEqualTo(Map.of("province", 34L, "commune", 3_321L));
        Map<String, Long> communeTypes = adminUnits.list(LocalDate.of(2025, 7, 1), "commune", null).stream()
                .collect(Collectors.groupingBy(AdminUnitView::type, Collectors.counting()));
        assertThat(communeTypes).isEqualTo(Map.of("Xã", 2_621L, "Phường", 687L, "Đặc khu", 13L));
    }

    @Test
    void dongNaiIsACentrallyRunCityFromApril2026() {
        assertThat(adminUnits
                        .find("75", LocalDate.of(2026, 4, 29))
                        .orElseThrow()
                        .type())
                .isEqualTo("Tỉnh");
        AdminUnitView dongNai = adminUnits.find("75", LocalDate.of(2026, 4, 30)).orElseThrow();
        assertThat(dongNai.type()).isEqualTo("Thành phố Trung ương");
        assertThat(dongNai.fullName()).isEqualTo("Thành phố Đồng Nai");
        assertThat(adminUnits
                        .find("26485", LocalDate.of(2026, 4, 30))
                        .orElseThrow()
                        .fullName())
                .isEqualTo("Phường Nhơn Trạch");
    }

    private Map<String, Long> countByLevel(LocalDate asOf) {
        return adminUnits.list(asOf, null, null).stream()
                .collect(Collectors.groupingBy(AdminUnitView::level, Collectors.counting()));
    }

    private Map<String, String> held(LocalDate asOf) {
        Map<String, String> units = new TreeMap<>();
        for (AdminUnitView u : adminUnits.list(asOf, null, null)) {
            units.put(u.code(), line(u.name(), u.fullName(), u.level(), u.type(), u.parentCode()));
        }
        return units;
    }

    private static Map<String, String> shipped(String file) throws IOException {
        Map<String, String> units = new TreeMap<>();
        try (InputStream in = new ClassPathResource("adminunit/" + file).getInputStream()) {
            for (var r : TabularFile.read(file, in).rows()) {
                units.put(
                        r.get("code"),
                        line(r.get("name"), r.get("full_name"), r.get("level"), r.get("type"), r.get("parent_code")));
            }
        }
        return units;
    }

    private static String line(String name, String fullName, String level, String type, String parent) {
        return String.join("|", name, fullName, level, type, parent == null ? "" : parent);
    }
}
