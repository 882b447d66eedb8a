package vn.noivu.staffing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.staffing.HeadcountSource;

/**
 * When personnel records report a unit for a year, its actual headcount comes from them (categories
 * not reported count 0); other units keep the entered actual. Uses the year 2031, which no other test reads.
 */
@NoiVuIntegrationTest
class HeadcountSyncIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void personnelHeadcountReplacesTheEnteredActualOfTheUnitsItReports() {
        long decision = jdbc.sql("SELECT min(id) FROM staffing.decision")
                .query(Long.class)
                .single();
        for (String[] row : List.of(
                new String[] {"UBND.01.STC", "CIVIL_SERVANT", "50", "48"},
                new String[] {"UBND.01.STC", "SUPPORT_CONTRACT", "6", "6"},
                new String[] {"UBND.01.STP", "CIVIL_SERVANT", "30", "29"})) {
            jdbc.sql("""
                            INSERT INTO staffing.quota (org_code, year, category, assigned, actual, decision_id)
                            VALUES (:o, 2031, :c, :a, :x, :d) ON CONFLICT DO NOTHING""")
                    .param("o", row[0])
                    .param("c", row[1])
                    .param("a", Integer.parseInt(row[2]))
                    .param("x", Integer.parseInt(row[3]))
                    .param("d", decision)
                    .update();
        }
        HeadcountSource personnel = asOf -> {
            assertThat(asOf).isEqualTo(LocalDate.of(2031, 12, 31));
            return List.of(
                    new HeadcountSource.Headcount("UBND.01.STC", "CIVIL_SERVANT", 44),
                    new HeadcountSource.Headcount("UBND.01.STC", "CIVIL_SERVANT", 1));
        };
        HeadcountSync sync = new HeadcountSync(
                new StaticListableBeanFactory(Map.of("personnel", personnel)).getBeanProvider(HeadcountSource.class),
                jdbc,
                tx);
        assertThat(sync.refresh(2031)).isEqualTo(1);
        assertThat(actual("UBND.01.STC", "CIVIL_SERVANT")).isEqualTo(45);
        assertThat(actual("UBND.01.STC", "SUPPORT_CONTRACT")).isZero();
        assertThat(actual("UBND.01.STP", "CIVIL_SERVANT")).isEqualTo(29);

        HeadcountSync none =
                new HeadcountSync(new StaticListableBeanFactory().getBeanProvider(HeadcountSource.class), jdbc, tx);
        assertThat(none.refresh(2031)).isEqualTo(-1);
    }

    private Integer actual(String org, String category) {
        return jdbc.sql("SELECT actual FROM staffing.api_quota WHERE org_code = :o AND year = 2031 AND category = :c")
                .param("o", org)
                .param("c", category)
                .query(Integer.class)
                .single();
    }
}
