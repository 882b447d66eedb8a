package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.reporting.PrefillSources;

/**
 * The registry's figures for the statistical forms 0601–0603.N/BNV-TĐKT as reporting's pre-fill
 * source groups, for a unit's subtree and emulation year, and the bonus totals per year and unit.
 */
@NoiVuIntegrationTest
class RewardStatisticsIntegrationTests {

    static final LocalDate END_OF_2026 = LocalDate.of(2026, 11, 30);

    @LocalServerPort
    int port;

    @Autowired
    List<PrefillSources> sources;

    private Optional<BigDecimal> figure(String name, String unit) {
        return Optional.ofNullable(sources.stream()
                .filter(s -> s.names().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pre-fill source " + name))
                .valuesFor(unit, END_OF_2026)
                .get(name));
    }

    @Test
    void aUnitsMovementsAndAwardsOfTheEmulationYearPrefillTheFormsAndItsBonusIsTotalled() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        String unit = RewardTestData.unit(hanoi);
        var movement = hanoi.post("/api/v1/rewards/movements", """
                {"theme":"Đợt thi đua 100 ngày","kind":"THEMATIC","scopeLevel":"UNIT","scopeRef":"%s",
                 "startsOn":"2026-02-01","endsOn":"2026-05-11","decisionNo":"3/KH-SNV","decisionDate":"2026-01-20",
                 "signer":"Giám đốc"}""".formatted(unit));
        assertThat(movement.status()).as(movement.body()).isEqualTo(201);
        var award = hanoi.post("/api/v1/rewards/awards", """
                {"orgCode":"%s","title":"BANG_KHEN_BO_TINH","year":2026,"decisionNo":"400/QĐ-UBND",
                 "decisionDate":"2026-11-20","issuer":"Chủ tịch UBND thành phố"}""".formatted(unit));
        assertThat(award.status()).as(award.body()).isEqualTo(201);

        assertThat(figure("reward.movements.all", unit)).contains(BigDecimal.ONE);
        assertThat(figure("reward.movements.unit", unit)).contains(BigDecimal.ONE);
        assertThat(figure("reward.movements.thematic", unit)).contains(BigDecimal.ONE);
        assertThat(figure("reward.movements.under1Year", unit)).contains(BigDecimal.ONE);
        assertThat(figure("reward.movements.regular", unit)).contains(BigDecimal.ZERO);
        assertThat(figure("reward.awards.BANG_KHEN_BO_TINH.collective", unit)).contains(BigDecimal.ONE);
        assertThat(figure("reward.awards.BANG_KHEN_BO_TINH.individual", unit)).contains(BigDecimal.ZERO);
        assertThat(figure("reward.awards.CO_TD_CP", unit)).contains(BigDecimal.ZERO);
        assertThat(figure("reward.awards.CO_TD_CP", "NO.SUCH.UNIT")).isEmpty();
        // The province counts its units' figures too.
        assertThat(figure("reward.movements.all", "UBND.01").orElseThrow()).isGreaterThanOrEqualTo(BigDecimal.ONE);

        JsonNode totals =
                hanoi.get("/api/v1/rewards/statistics/bonus?year=2026").json();
        JsonNode mine = totals.valueStream()
                .filter(t -> t.get("unitCode").asString().equals(unit))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("awards").asLong()).isEqualTo(1);
        assertThat(mine.get("bonus").asLong())
                .isEqualTo(award.json().get("bonusAmount").asLong())
                .isPositive();
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/rewards/statistics/bonus?year=2026")
                        .body())
                .doesNotContain(unit);
    }
}
