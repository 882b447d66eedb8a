package vn.noivu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleExpressionTests {

    private static final List<String> ROWS = List.of("01", "02", "03");
    private static final List<String> COLUMNS = List.of("1", "2");

    @Test
    void aRowRuleIsCheckedInEveryColumnAndNamesTheCellsOfTheBrokenOne() {
        RuleExpression e = RuleExpression.parse("R01 = R02 + R03");
        Map<String, Object> values = Map.of("01.1", 5, "02.1", 2, "03.1", 3, "01.2", 4, "02.2", 1);
        List<RuleExpression.Breach> breaches = e.check(RuleExpression.numbers(values), ROWS, COLUMNS);
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).cells()).containsExactly("01.2", "02.2", "03.2");
        assertThat(breaches.get(0).left()).isEqualByComparingTo("4");
        assertThat(breaches.get(0).right()).isEqualByComparingTo("1");
    }

    @Test
    void aColumnRuleIsCheckedInEveryRowAndEmptyRowsAreSkipped() {
        RuleExpression e = RuleExpression.parse("C2 ≤ C1");
        Map<String, Object> values = Map.of("01.1", 5, "01.2", 6, "02.1", 3, "02.2", 3);
        assertThat(e.check(RuleExpression.numbers(values), ROWS, COLUMNS))
                .singleElement()
                .satisfies(b -> assertThat(b.cells()).containsExactly("01.2", "01.1"));
    }

    @Test
    void cellsNumbersAndSubtractionCompare() {
        RuleExpression e = RuleExpression.parse("R01.C1 - R02.C1 >= 0.5");
        assertThat(e.check(RuleExpression.numbers(Map.of("01.1", new BigDecimal("1.4"), "02.1", 1)), ROWS, COLUMNS))
                .hasSize(1);
        assertThat(e.check(RuleExpression.numbers(Map.of("01.1", new BigDecimal("1.5"), "02.1", 1)), ROWS, COLUMNS))
                .isEmpty();
    }

    @Test
    void malformedExpressionsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> RuleExpression.parse("R01 + R02")).hasMessageContaining("no comparison");
        assertThatThrownBy(() -> RuleExpression.parse("R01 = R02 +")).hasMessageContaining("ends with");
        assertThatThrownBy(() -> RuleExpression.parse("R01 = C1")).hasMessageContaining("mixes");
        assertThatThrownBy(() -> RuleExpression.parse("R01 = R02 = R03")).hasMessageContaining("more than one");
        assertThatThrownBy(() -> RuleExpression.parse("R01 = X2")).hasMessageContaining("unexpected");
    }
}
