package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.noivu.reporting.internal.FormDefinition.CellType;
import vn.noivu.reporting.internal.FormDefinition.Column;

/**
 * Checks the values sent for a report against its form: each key a cell of the form ({@code
 * <row>.<column>}), a number in a number column and a text in a text column; null or an empty text
 * clears a cell. Every wrong cell is named.
 */
@Component
public class CellValues {

    static final int MAX_TEXT = 4000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1e15");

    private final Texts texts;

    CellValues(Texts texts) {
        this.texts = texts;
    }

    /** The values in the form's cell order, or a refusal naming each wrong cell. */
    public Map<String, Object> read(FormDefinition form, JsonNode values) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (values == null || values.isNull()) {
            return out;
        }
        if (!values.isObject()) {
            throw refused(List.of(new Problem("values", texts.get("reporting.values.object"))));
        }
        Map<String, Column> cells = form.cells();
        for (var entry : values.properties()) {
            String cell = entry.getKey();
            JsonNode v = entry.getValue();
            Column column = cells.get(cell);
            if (column == null) {
                problems.add(new Problem(cell, texts.get("reporting.values.unknownCell", cell, form.code())));
                continue;
            }
            if (v == null || v.isNull() || v.isString() && v.stringValue().isBlank()) {
                continue;
            }
            if (column.type() == CellType.NUMBER) {
                if (!v.isNumber()) {
                    problems.add(new Problem(cell, texts.get("reporting.values.number", cell, label(form, cell))));
                } else if (v.decimalValue().abs().compareTo(MAX_NUMBER) >= 0) {
                    problems.add(new Problem(cell, texts.get("reporting.values.tooLarge", cell, label(form, cell))));
                } else {
                    out.put(cell, v.decimalValue());
                }
            } else if (!v.isString()) {
                problems.add(new Problem(cell, texts.get("reporting.values.text", cell, label(form, cell))));
            } else if (v.stringValue().length() > MAX_TEXT) {
                problems.add(new Problem(cell, texts.get("reporting.values.tooLong", cell, MAX_TEXT)));
            } else {
                out.put(cell, v.stringValue().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String cell : cells.keySet()) {
            if (out.containsKey(cell)) {
                ordered.put(cell, out.get(cell));
            }
        }
        return ordered;
    }

    /** "row label / column label" of a cell, as people read the form. */
    public static String label(FormDefinition form, String cell) {
        int dot = cell.indexOf('.');
        String row =
                form.row(cell.substring(0, dot)).map(FormDefinition.Row::label).orElse("?");
        String col = form.column(cell.substring(dot + 1)).map(Column::label).orElse("?");
        return row + " / " + col;
    }

    private RefusedException refused(List<Problem> problems) {
        return new RefusedException(
                texts.get("reporting.refused.title"), texts.get("reporting.values.refused", problems.size()), problems);
    }
}
