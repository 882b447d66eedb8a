package vn.noivu.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.noivu.reporting.internal.FormDefinition.CellType;
import vn.noivu.reporting.internal.FormDefinition.Severity;

/** Runs a form's validation rules on a report's values. */
public final class RuleCheck {

    /** A rule broken on some cells: the form's message, the cells, the two sides' values. */
    public record Violation(
            Severity severity, String rule, String message, List<String> cells, String left, String right) {}

    private RuleCheck() {}

    public static List<Violation> check(FormDefinition form, Map<String, Object> values) {
        List<String> rows = form.rows().stream().map(FormDefinition.Row::code).toList();
        List<String> numericColumns = form.columns().stream()
                .filter(c -> c.type() == CellType.NUMBER)
                .map(FormDefinition.Column::code)
                .toList();
        List<Violation> out = new ArrayList<>();
        for (FormDefinition.Rule rule : form.rules()) {
            RuleExpression e = RuleExpression.parse(rule.expression());
            for (RuleExpression.Breach b : e.check(RuleExpression.numbers(values), rows, numericColumns)) {
                out.add(new Violation(
                        rule.severity(),
                        rule.expression(),
                        rule.message(),
                        b.cells(),
                        b.left().stripTrailingZeros().toPlainString(),
                        b.right().stripTrailingZeros().toPlainString()));
            }
        }
        return out;
    }
}
