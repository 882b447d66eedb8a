package vn.noivu.personnel.internal.levels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caps of NĐ 232/2026/NĐ-CP Art. 10 per level, by the levels a position uses and the unit's autonomy. */
class LevelRatioRulesTests {

    @Test
    void topLevelFiveCapsLevelFiveAtThirtyAndLevelFourAtFortyPercent() {
        assertThat(LevelRatioRules.rule(3, 5, 3)).isEqualTo("TOP_5");
        assertThat(LevelRatioRules.percent("TOP_5", 5, 5)).isEqualTo(30);
        assertThat(LevelRatioRules.percent("TOP_5", 4, 5)).isEqualTo(40);
        assertThat(LevelRatioRules.percent("TOP_5", 3, 5)).isNull();
        assertThat(LevelRatioRules.cap(10, 30)).isEqualTo(3);
        assertThat(LevelRatioRules.cap(7, 40)).isEqualTo(2); // 2.8 rounded down
    }

    @Test
    void topLevelFourCapsItAtFortyAndTwoLevelsCapTheHigherAtFifty() {
        assertThat(LevelRatioRules.rule(2, 4, null)).isEqualTo("TOP_4");
        assertThat(LevelRatioRules.percent("TOP_4", 4, 4)).isEqualTo(40);
        assertThat(LevelRatioRules.rule(3, 4, 4)).isEqualTo("TWO_LEVELS");
        assertThat(LevelRatioRules.percent("TWO_LEVELS", 4, 4)).isEqualTo(50);
        assertThat(LevelRatioRules.percent("TWO_LEVELS", 3, 4)).isNull();
    }

    @Test
    void oneLevelNoLevelsAndSelfFinancingUnitsHaveNoCap() {
        assertThat(LevelRatioRules.rule(3, 3, 3)).isEqualTo("ONE_LEVEL");
        assertThat(LevelRatioRules.rule(null, null, 3)).isEqualTo("NONE");
        assertThat(LevelRatioRules.rule(3, 5, 2)).isEqualTo("SELF_DETERMINED");
        assertThat(LevelRatioRules.rule(3, 5, 1)).isEqualTo("SELF_DETERMINED");
        assertThat(LevelRatioRules.percent("SELF_DETERMINED", 5, 5)).isNull();
    }
}
