package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A validation rule's expression: two sums compared, e.g. {@code R01 = R02 + R03} (row 01 equals rows
 * 02 and 03, in every numeric column), {@code C1 = C2 + C3 + C4} (column 1 equals columns 2–4, in
 * every row), {@code R05.C2 <= R01.C2} (two cells), with {@code =}, {@code <=}/{@code ≤},
 * {@code >=}/{@code ≥}, {@code <}, {@code >}, and numbers. A rule mentions rows or columns, not both;
 * it is checked once per column (row rules) or per row (column rules) where at least one of its cells
 * has a value, an empty cell counting 0 — as DHIS2 skips rules whose operands are all missing.
 */
public final class RuleExpression {

    /** A term of a sum: a reference or a number, added or subtracted. */
    private record Term(int sign, String row, String column, BigDecimal number) {}

    private final String text;
    private final List<Term> left;
    private final String operator;
    private final List<Term> right;

    private RuleExpression(String text, List<Term> left, String operator, List<Term> right) {
        this.text = text;
        this.left = left;
        this.operator = operator;
        this.right = right;
    }

    /** A rule broken once: the cells it covers, the two sides' values. */
    public record Breach(List<String> cells, BigDecimal left, BigDecimal right) {}

    /** Parses {@code text}; refuses with an {@link IllegalArgumentException} saying what is wrong. */
    public static RuleExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty expression");
        }
        String s = text.replace("≤", "<=").replace("≥", ">=");
        int at = -1;
        String op = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '<' && ch != '>' && ch != '=') {
                continue;
            }
            if (op != null) {
                throw new IllegalArgumentException("more than one comparison");
            }
            boolean twoChars = i + 1 < s.length() && s.charAt(i + 1) == '=';
            op = twoChars ? ch + "=" : String.valueOf(ch);
            at = i;
            i += op.length() - 1;
        }
        if (op == null) {
            throw new IllegalArgumentException("no comparison (=, <=, >=, <, >)");
        }
        int opLength = op.length();
        List<Term> l = sum(s.substring(0, at));
        List<Term> r = sum(s.substring(at + opLength));
        RuleExpression e = new RuleExpression(text.trim(), l, op.equals("==") ? "=" : op, r);
        if (e.hasRowOnly() && e.hasColumnOnly()) {
            throw new IllegalArgumentException("mixes whole rows and whole columns");
        }
        return e;
    }

    private static List<Term> sum(String side) {
        List<Term> terms = new ArrayList<>();
        String s = side.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a side of the comparison is empty");
        }
        int i = 0;
        int sign = 1;
        boolean expectTerm = true;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '+' || ch == '-') {
                if (expectTerm) {
                    sign = ch == '-' ? -sign : sign;
                } else {
                    sign = ch == '-' ? -1 : 1;
                    expectTerm = true;
                }
                i++;
            } else if (!expectTerm) {
                throw new IllegalArgumentException("expected + or - before '" + s.substring(i) + "'");
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                terms.add(new Term(sign, null, null, new BigDecimal(s.substring(i, j))));
                i = j;
                sign = 1;
                expectTerm = false;
            } else if (ch == 'R' || ch == 'C') {
                int j = i + 1;
                while (j < s.length() && isCodeChar(s.charAt(j))) {
                    j++;
                }
                String code = s.substring(i + 1, j);
                if (code.isEmpty()) {
                    throw new IllegalArgumentException("'" + ch + "' without a code");
                }
                String row = ch == 'R' ? code : null;
                String column = ch == 'C' ? code : null;
                if (ch == 'R' && j + 1 < s.length() && s.charAt(j) == '.' && s.charAt(j + 1) == 'C') {
                    int k = j + 2;
                    while (k < s.length() && isCodeChar(s.charAt(k))) {
                        k++;
                    }
                    column = s.substring(j + 2, k);
                    if (column.isEmpty()) {
                        throw new IllegalArgumentException("'" + s.substring(i, k) + "' without a column code");
                    }
                    j = k;
                }
                terms.add(new Term(sign, row, column, null));
                i = j;
                sign = 1;
                expectTerm = false;
            } else {
                throw new IllegalArgumentException("unexpected '" + ch + "'");
            }
        }
        if (expectTerm) {
            throw new IllegalArgumentException("a sum ends with + or -");
        }
        return terms;
    }

    static boolean isCodeChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }

    private List<Term> all() {
        List<Term> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    private boolean hasRowOnly() {
        return all().stream().anyMatch(t -> t.row() != null && t.column() == null);
    }

    private boolean hasColumnOnly() {
        return all().stream().anyMatch(t -> t.row() == null && t.column() != null);
    }

    /** The row codes the expression names. */
    public Set<String> rows() {
        Set<String> rows = new LinkedHashSet<>();
        all().stream().filter(t -> t.row() != null).forEach(t -> rows.add(t.row()));
        return rows;
    }

    /** The column codes the expression names. */
    public Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        all().stream().filter(t -> t.column() != null).forEach(t -> columns.add(t.column()));
        return columns;
    }

    /**
     * Checks the rule on a report's values ({@code cell -> number}, absent = empty) for each of the
     * given numeric rows and columns the rule runs over; answers each breach.
     */
    public List<Breach> check(Function<String, BigDecimal> value, List<String> rowCodes, List<String> columnCodes) {
        List<Breach> breaches = new ArrayList<>();
        if (hasRowOnly()) {
            for (String col : columnCodes) {
                evaluate(value, null, col).ifPresent(breaches::add);
            }
        } else if (hasColumnOnly()) {
            for (String row : rowCodes) {
                evaluate(value, row, null).ifPresent(breaches::add);
            }
        } else {
            evaluate(value, null, null).ifPresent(breaches::add);
        }
        return breaches;
    }

    private java.util.Optional<Breach> evaluate(Function<String, BigDecimal> value, String row, String column) {
        List<String> cells = new ArrayList<>();
        boolean anyValue = false;
        BigDecimal[] sides = new BigDecimal[2];
        for (int s = 0; s < 2; s++) {
            BigDecimal total = BigDecimal.ZERO;
            for (Term t : s == 0 ? left : right) {
                BigDecimal v;
                if (t.number() != null) {
                    v = t.number();
                } else {
                    String cell = (t.row() != null ? t.row() : row) + "." + (t.column() != null ? t.column() : column);
                    cells.add(cell);
                    v = value.apply(cell);
                    anyValue |= v != null;
                }
                total = total.add(v == null ? BigDecimal.ZERO : t.sign() < 0 ? v.negate() : v);
            }
            sides[s] = total;
        }
        if (!anyValue) {
            return java.util.Optional.empty();
        }
        int cmp = sides[0].compareTo(sides[1]);
        boolean holds = switch (operator) {
            case "=" -> cmp == 0;
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            default -> throw new IllegalStateException(operator);
        };
        return holds ? java.util.Optional.empty() : java.util.Optional.of(new Breach(cells, sides[0], sides[1]));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Values of a report as numbers, texts ignored. */
    public static Function<String, BigDecimal> numbers(Map<String, Object> values) {
        return cell -> values.get(cell) instanceof Number n ? new BigDecimal(n.toString()) : null;
    }
}
