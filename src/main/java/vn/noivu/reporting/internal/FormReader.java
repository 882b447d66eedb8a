package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.organization.Organizations;
import vn.noivu.reporting.internal.FormDefinition.Aggregation;
import vn.noivu.reporting.internal.FormDefinition.CellType;
import vn.noivu.reporting.internal.FormDefinition.Column;
import vn.noivu.reporting.internal.FormDefinition.Deadline;
import vn.noivu.reporting.internal.FormDefinition.Prefill;
import vn.noivu.reporting.internal.FormDefinition.ReceivingLevel;
import vn.noivu.reporting.internal.FormDefinition.ReportingUnits;
import vn.noivu.reporting.internal.FormDefinition.Row;
import vn.noivu.reporting.internal.FormDefinition.Rule;
import vn.noivu.reporting.internal.FormDefinition.Severity;

/**
 * Reads a form definition in the JSON of docs/reporting-forms.md and checks it whole: every problem
 * is reported with its JSON path ({@code rows[3].code}) and reason, so that the Ministry's author can
 * fix a file in one pass. A definition with any problem is refused.
 */
@Component
public class FormReader {

    /** Row and column codes as printed: letters, digits, underscore (a dot separates row and column). */
    static final Pattern CODE = Pattern.compile("^[0-9A-Za-z_]{1,16}$");

    /** The organisation types of docs/organization-types.md that a form may name as reporters. */
    static final Set<String> UNIT_TYPES = Set.of(
            "MINISTRY",
            "MINISTRY_LEVEL_AGENCY",
            "GOVERNMENT_AGENCY",
            "MINISTRY_UNIT",
            "PROVINCIAL_PEOPLES_COMMITTEE",
            "PROVINCIAL_DEPARTMENT",
            "DEPARTMENT_UNIT",
            "DISTRICT_PEOPLES_COMMITTEE",
            "DISTRICT_OFFICE",
            "COMMUNE_PEOPLES_COMMITTEE",
            "COMMUNE_OFFICE",
            "PUBLIC_SERVICE_UNIT");

    static final Set<String> TIERS = Set.of("CENTRAL", "PROVINCIAL", "DISTRICT", "COMMUNE");

    private static final Set<String> FIELDS = Set.of(
            "code",
            "title",
            "legalBasis",
            "validFrom",
            "validTo",
            "domain",
            "periodType",
            "deadline",
            "reportingUnits",
            "receivingLevel",
            "receivingUnit",
            "unitOfMeasure",
            "rows",
            "columns",
            "rules",
            "prefill",
            "note",
            "deadlinesByTier",
            "receivingLevelByTier",
            "windowStartDay");

    private final JsonMapper json;
    private final Texts texts;
    private final Organizations organizations;
    private final Prefills sources;

    FormReader(JsonMapper json, Texts texts, Organizations organizations, Prefills sources) {
        this.json = json;
        this.texts = texts;
        this.organizations = organizations;
        this.sources = sources;
    }

    /** The definition in {@code bytes}; refused (422) with every problem found. */
    public FormDefinition read(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : texts.get(
                            "reporting.form.error.at",
                            e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
            throw refused(List.of(new Problem("$", texts.get("reporting.form.error.json") + where)));
        }
        Reading r = new Reading();
        FormDefinition form = r.form(root);
        if (!r.problems.isEmpty()) {
            throw refused(r.problems);
        }
        return form;
    }

    private RefusedException refused(List<Problem> problems) {
        return new RefusedException(
                texts.get("reporting.form.refused.title"),
                texts.get("reporting.form.refused", problems.size()),
                problems);
    }

    /** One pass over a document, collecting problems. */
    private final class Reading {

        final List<Problem> problems = new ArrayList<>();

        void problem(String path, String key, Object... args) {
            problems.add(new Problem(path, texts.get(key, args)));
        }

        FormDefinition form(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("$", "reporting.form.error.object");
                return null;
            }
            unknownFields(root, FIELDS, "");
            String code = text(root, "code", "code", true);
            if (code != null && (code.length() > 64 || code.chars().anyMatch(Character::isISOControl))) {
                problem("code", "reporting.form.error.formCode");
            }
            String title = text(root, "title", "title", true);
            String legalBasis = text(root, "legalBasis", "legalBasis", true);
            LocalDate validFrom = date(root, "validFrom", "validFrom", true);
            LocalDate validTo = date(root, "validTo", "validTo", false);
            if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
                problem("validTo", "reporting.form.error.validTo");
            }
            String domain = text(root, "domain", "domain", true);
            PeriodType periodType =
                    choice(root, "periodType", "periodType", PeriodType::valueOf, PeriodType.values(), true);
            Deadline deadline = deadline(root.get("deadline"), "deadline");
            Map<String, Deadline> deadlinesByTier = new java.util.LinkedHashMap<>();
            byTier(root.get("deadlinesByTier"), "deadlinesByTier", (tier, n) -> {
                Deadline d = deadline(n, "deadlinesByTier." + tier);
                if (d != null) {
                    deadlinesByTier.put(tier, d);
                }
            });
            Map<String, ReceivingLevel> levelsByTier = new java.util.LinkedHashMap<>();
            byTier(root.get("receivingLevelByTier"), "receivingLevelByTier", (tier, n) -> {
                try {
                    levelsByTier.put(tier, ReceivingLevel.valueOf(n.asString()));
                } catch (RuntimeException e) {
                    problem("receivingLevelByTier." + tier, "reporting.form.error.oneOf", "MINISTRY, PROVINCE");
                }
            });
            Integer windowStartDay = integer(root, "windowStartDay", "windowStartDay", 2, 28);
            ReportingUnits reporters = reporters(root.get("reportingUnits"));
            ReceivingLevel level = choice(
                    root, "receivingLevel", "receivingLevel", ReceivingLevel::valueOf, ReceivingLevel.values(), true);
            String receivingUnit = text(root, "receivingUnit", "receivingUnit", false);
            String unitOfMeasure = text(root, "unitOfMeasure", "unitOfMeasure", false);
            List<Row> rows = rows(root.get("rows"));
            List<Column> columns = columns(root.get("columns"));
            List<Rule> rules = rules(root.get("rules"), rows, columns);
            List<Prefill> prefill = prefill(root.get("prefill"), rows, columns);
            String note = text(root, "note", "note", false);
            return new FormDefinition(
                    code,
                    title,
                    legalBasis,
                    validFrom,
                    validTo,
                    domain,
                    periodType,
                    deadline,
                    reporters,
                    level,
                    receivingUnit,
                    unitOfMeasure,
                    rows,
                    columns,
                    rules,
                    prefill,
                    note,
                    deadlinesByTier,
                    levelsByTier,
                    windowStartDay);
        }

        /** An object keyed by tier (CENTRAL, PROVINCIAL, DISTRICT, COMMUNE); absent or null = none. */
        void byTier(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> each) {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isObject()) {
                problem(path, "reporting.form.error.object");
                return;
            }
            for (var e : node.properties()) {
                if (!Set.of("CENTRAL", "PROVINCIAL", "DISTRICT", "COMMUNE").contains(e.getKey())) {
                    problem(path + "." + e.getKey(), "reporting.form.error.tier", e.getKey());
                } else {
                    each.accept(e.getKey(), e.getValue());
                }
            }
        }

        Deadline deadline(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                problem(path, "reporting.form.error.required");
                return null;
            }
            if (!node.isObject()) {
                problem(path, "reporting.form.error.object");
                return null;
            }
            unknownFields(
                    node,
                    Set.of("day", "month", "yearOffset", "daysAfterEnd", "workingDaysAfterEnd", "dayOfLastMonth"),
                    path + ".");
            Integer after = integer(node, "daysAfterEnd", path + ".daysAfterEnd", 0, 366);
            Integer working = integer(node, "workingDaysAfterEnd", path + ".workingDaysAfterEnd", 0, 250);
            Integer ofLastMonth = integer(node, "dayOfLastMonth", path + ".dayOfLastMonth", 1, 31);
            Integer day = integer(node, "day", path + ".day", 1, 31);
            Integer month = integer(node, "month", path + ".month", 1, 12);
            Integer offset = integer(node, "yearOffset", path + ".yearOffset", 0, 2);
            boolean fixed = day != null || month != null;
            int kinds = (fixed ? 1 : 0)
                    + (after != null ? 1 : 0)
                    + (working != null ? 1 : 0)
                    + (ofLastMonth != null ? 1 : 0);
            if (kinds != 1 || fixed && (day == null || month == null)) {
                problem(path, "reporting.form.error.deadline");
                return null;
            }
            if (fixed && day > java.time.Month.of(month).maxLength()) {
                problem(path + ".day", "reporting.form.error.dayOfMonth", day, month);
            }
            return new Deadline(day, month, fixed ? (offset == null ? 0 : offset) : null, after, working, ofLastMonth);
        }

        ReportingUnits reporters(JsonNode node) {
            if (node == null || !node.isObject()) {
                problem(
                        "reportingUnits",
                        node == null ? "reporting.form.error.required" : "reporting.form.error.object");
                return new ReportingUnits(List.of(), List.of(), List.of());
            }
            unknownFields(node, Set.of("types", "tiers", "codes"), "reportingUnits.");
            List<String> types = strings(node.get("types"), "reportingUnits.types");
            for (int i = 0; i < types.size(); i++) {
                if (!UNIT_TYPES.contains(types.get(i))) {
                    problem(
                            "reportingUnits.types[" + i + "]",
                            "reporting.form.error.oneOf",
                            String.join(", ", UNIT_TYPES));
                }
            }
            List<String> tiers = strings(node.get("tiers"), "reportingUnits.tiers");
            for (int i = 0; i < tiers.size(); i++) {
                if (!TIERS.contains(tiers.get(i))) {
                    problem("reportingUnits.tiers[" + i + "]", "reporting.form.error.oneOf", String.join(", ", TIERS));
                }
            }
            List<String> codes = new ArrayList<>();
            List<String> given = strings(node.get("codes"), "reportingUnits.codes");
            for (int i = 0; i < given.size(); i++) {
                String c = given.get(i).toUpperCase(java.util.Locale.ROOT);
                if (!organizations.exists(c)) {
                    problem("reportingUnits.codes[" + i + "]", "reporting.form.error.unknownUnit", given.get(i));
                }
                codes.add(c);
            }
            if (types.isEmpty() && codes.isEmpty()) {
                problem("reportingUnits", "reporting.form.error.noReporters");
            }
            return new ReportingUnits(types, tiers, codes);
        }

        List<Row> rows(JsonNode node) {
            List<Row> rows = new ArrayList<>();
            if (!nonEmptyArray(node, "rows")) {
                return rows;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode n = node.get(i);
                String path = "rows[" + i + "]";
                if (!n.isObject()) {
                    problem(path, "reporting.form.error.object");
                    continue;
                }
                unknownFields(n, Set.of("code", "label", "level"), path + ".");
                String code = code(n, path, seen);
                String label = text(n, "label", path + ".label", true);
                Integer level = integer(n, "level", path + ".level", 0, 5);
                rows.add(new Row(code, label, level == null ? 0 : level));
            }
            return rows;
        }

        List<Column> columns(JsonNode node) {
            List<Column> columns = new ArrayList<>();
            if (!nonEmptyArray(node, "columns")) {
                return columns;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode n = node.get(i);
                String path = "columns[" + i + "]";
                if (!n.isObject()) {
                    problem(path, "reporting.form.error.object");
                    continue;
                }
                unknownFields(n, Set.of("code", "label", "group", "type", "aggregation"), path + ".");
                String code = code(n, path, seen);
                String label = text(n, "label", path + ".label", true);
                String group = text(n, "group", path + ".group", false);
                CellType type = choice(n, "type", path + ".type", CellType::valueOf, CellType.values(), false);
                type = type == null ? CellType.NUMBER : type;
                Aggregation agg = choice(
                        n, "aggregation", path + ".aggregation", Aggregation::valueOf, Aggregation.values(), false);
                if (agg == null) {
                    agg = type == CellType.NUMBER ? Aggregation.SUM : Aggregation.NONE;
                } else if (agg == Aggregation.SUM && type == CellType.TEXT) {
                    problem(path + ".aggregation", "reporting.form.error.sumText");
                }
                columns.add(new Column(code, label, group, type, agg));
            }
            return columns;
        }

        List<Rule> rules(JsonNode node, List<Row> rows, List<Column> columns) {
            List<Rule> rules = new ArrayList<>();
            if (node == null || node.isNull()) {
                return rules;
            }
            if (!node.isArray()) {
                problem("rules", "reporting.form.error.array");
                return rules;
            }
            Set<String> rowCodes = new HashSet<>();
            rows.forEach(r -> rowCodes.add(r.code()));
            for (int i = 0; i < node.size(); i++) {
                JsonNode n = node.get(i);
                String path = "rules[" + i + "]";
                if (!n.isObject()) {
                    problem(path, "reporting.form.error.object");
                    continue;
                }
                unknownFields(n, Set.of("expression", "message", "severity"), path + ".");
                String expression = text(n, "expression", path + ".expression", true);
                String message = text(n, "message", path + ".message", true);
                Severity severity =
                        choice(n, "severity", path + ".severity", Severity::valueOf, Severity.values(), false);
                if (expression != null) {
                    try {
                        RuleExpression e = RuleExpression.parse(expression);
                        for (String r : e.rows()) {
                            if (!rowCodes.contains(r)) {
                                problem(path + ".expression", "reporting.form.error.ruleRow", r);
                            }
                        }
                        for (String c : e.columns()) {
                            var column = columns.stream()
                                    .filter(x -> x.code().equals(c))
                                    .findFirst();
                            if (column.isEmpty()) {
                                problem(path + ".expression", "reporting.form.error.ruleColumn", c);
                            } else if (column.get().type() != CellType.NUMBER) {
                                problem(path + ".expression", "reporting.form.error.ruleText", c);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        problem(path + ".expression", "reporting.form.error.rule", e.getMessage());
                    }
                }
                rules.add(new Rule(expression, message, severity == null ? Severity.BLOCK : severity));
            }
            return rules;
        }

        List<Prefill> prefill(JsonNode node, List<Row> rows, List<Column> columns) {
            List<Prefill> prefill = new ArrayList<>();
            if (node == null || node.isNull()) {
                return prefill;
            }
            if (!node.isArray()) {
                problem("prefill", "reporting.form.error.array");
                return prefill;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode n = node.get(i);
                String path = "prefill[" + i + "]";
                if (!n.isObject()) {
                    problem(path, "reporting.form.error.object");
                    continue;
                }
                unknownFields(n, Set.of("cell", "source"), path + ".");
                String cell = text(n, "cell", path + ".cell", true);
                String source = text(n, "source", path + ".source", true);
                if (cell != null) {
                    int dot = cell.indexOf('.');
                    String row = dot < 0 ? cell : cell.substring(0, dot);
                    String col = dot < 0 ? "" : cell.substring(dot + 1);
                    boolean known = rows.stream().anyMatch(r -> r.code().equals(row))
                            && columns.stream().anyMatch(c -> c.code().equals(col) && c.type() == CellType.NUMBER);
                    if (!known) {
                        problem(path + ".cell", "reporting.form.error.cell", cell);
                    }
                }
                if (source != null && !sources.knows(source)) {
                    problem(
                            path + ".source",
                            "reporting.form.error.source",
                            source,
                            String.join(", ", sources.names()));
                }
                prefill.add(new Prefill(cell, source));
            }
            return prefill;
        }

        String code(JsonNode n, String path, Set<String> seen) {
            String code = text(n, "code", path + ".code", true);
            if (code != null) {
                if (!CODE.matcher(code).matches()) {
                    problem(path + ".code", "reporting.form.error.code");
                } else if (!seen.add(code)) {
                    problem(path + ".code", "reporting.form.error.duplicate", code);
                }
            }
            return code;
        }

        boolean nonEmptyArray(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                problem(path, "reporting.form.error.required");
                return false;
            }
            if (!node.isArray() || node.isEmpty()) {
                problem(path, "reporting.form.error.nonEmptyArray");
                return false;
            }
            return true;
        }

        List<String> strings(JsonNode node, String path) {
            List<String> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                problem(path, "reporting.form.error.array");
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode n = node.get(i);
                if (!n.isString() || n.stringValue().isBlank()) {
                    problem(path + "[" + i + "]", "reporting.form.error.text");
                } else {
                    out.add(n.stringValue().trim());
                }
            }
            return out;
        }

        void unknownFields(JsonNode node, Set<String> known, String prefix) {
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    problem(prefix + name, "reporting.form.error.unknownField");
                }
            }
        }

        String text(JsonNode parent, String field, String path, boolean required) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    problem(path, "reporting.form.error.required");
                }
                return null;
            }
            if (!n.isString()) {
                problem(path, "reporting.form.error.text");
                return null;
            }
            String s = n.stringValue().strip();
            if (s.isEmpty()) {
                if (required) {
                    problem(path, "reporting.form.error.required");
                }
                return null;
            }
            return s;
        }

        LocalDate date(JsonNode parent, String field, String path, boolean required) {
            String s = text(parent, field, path, required);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(path, "reporting.form.error.date");
                return null;
            }
        }

        Integer integer(JsonNode parent, String field, String path, int min, int max) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isIntegralNumber() || n.intValue() < min || n.intValue() > max) {
                problem(path, "reporting.form.error.integer", min, max);
                return null;
            }
            return n.intValue();
        }

        <E extends Enum<E>> E choice(
                JsonNode parent, String field, String path, Function<String, E> valueOf, E[] values, boolean required) {
            String s = text(parent, field, path, required);
            if (s == null) {
                return null;
            }
            try {
                return valueOf.apply(s);
            } catch (IllegalArgumentException e) {
                problem(
                        path,
                        "reporting.form.error.oneOf",
                        String.join(
                                ", ",
                                java.util.Arrays.stream(values).map(Enum::name).toList()));
                return null;
            }
        }
    }
}
