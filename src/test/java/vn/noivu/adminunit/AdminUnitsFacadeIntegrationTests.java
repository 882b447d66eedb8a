package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;

@NoiVuIntegrationTest
class AdminUnitsFacadeIntegrationTests {

    static final LocalDate NOV_2021 = LocalDate.of(2021, 11, 1);

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsTheUnitBearingACodeOnADate() {
        AdminUnitView hanoi = adminUnits.find("01", NOV_2021).orElseThrow();
        assertThat(hanoi.fullName()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.level()).isEqualTo("province");
        assertThat(hanoi.type()).isEqualTo("Thành phố Trung ương");
        assertThat(hanoi.parentCode()).isNull();
        assertThat(adminUnits.find("01", LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void provinceOfACommuneWalksUpThroughItsDistrict() {
        // 00001 Phường Phúc Xá, Quận Ba Đình (001), Hà Nội (01)
        assertThat(adminUnits.provinceOf("00001", NOV_2021).orElseThrow().code())
                .isEqualTo("01");
        assertThat(adminUnits.provinceOf("001", NOV_2021).orElseThrow().code()).isEqualTo("01");
        assertThat(adminUnits.provinceOf("01", NOV_2021).orElseThrow().code()).isEqualTo("01");
    }

    @Test
    void listsUnitsPerLevelAndParent() {
        assertThat(adminUnits.list(NOV_2021, "province", null)).hasSize(63);
        assertThat(adminUnits.list(NOV_2021, "district", "01"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.parentCode()).isEqualTo("01"));
    }

    @Test
    void followsAUnitThroughThe2025Reform() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        assertThat(adminUnits.successors("10", before))
                .extracting(AdminUnitView::fullName)
                .containsExactly("Tỉnh Lào Cai");
        assertThat(adminUnits.predecessors("15", after))
                .extracting(AdminUnitView::fullName)
                .containsExactlyInAnyOrder("Tỉnh Lào Cai", "Tỉnh Yên Bái");
        assertThat(adminUnits.predecessors("01", after)).isEmpty(); // Hà Nội continues
        assertThat(adminUnits.everExisted("10")).isTrue();
        assertThat(adminUnits.find("10", after)).isEmpty();
    }

    @Test
    void publishedViewHasTheAgreedColumns() {
        Integer n = jdbc.sql("""
                        SELECT count(*) FROM adminunit.api_unit_version
                        WHERE level = 'commune' AND valid_from <= DATE '2021-11-01'
                          AND (valid_to IS NULL OR valid_to > DATE '2021-11-01')
                          AND code IS NOT NULL AND name IS NOT NULL AND full_name IS NOT NULL AND type IS NOT NULL
                          AND parent_code IS NOT NULL""").query(Integer.class).single();
        assertThat(n).isEqualTo(10_599);
    }
}
