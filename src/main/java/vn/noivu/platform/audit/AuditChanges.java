package vn.noivu.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.platform.imports.CodeLabels;

/**
 * An audited change as people read it: one line per field that changed, "field: before → after", the
 * field by its name where the messages have one ({@code audit.field.<name>}), a catalogue code by its
 * label ({@link AuditCodeNames}), a date as dd/MM/yyyy. A nested object's fields are named by their
 * path ({@code legalBasis.number}); a list is its values joined by commas.
 */
@Component
class AuditChanges {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String NONE = "—";

    /** The key of every contributed catalogue together, for a field no module named. */
    private static final String ANY_FIELD = "*";

    private final JsonMapper json;
    private final MessageSource messages;
    private final ObjectProvider<AuditCodeNames> codeNames;

    AuditChanges(JsonMapper json, MessageSource messages, ObjectProvider<AuditCodeNames> codeNames) {
        this.json = json;
        this.messages = messages;
        this.codeNames = codeNames;
    }

    /** The labels of every contributed catalogue, gathered once per export. */
    Map<String, CodeLabels> labels() {
        // Two modules may name a field alike ("kind"): their catalogues are merged, the first name kept.
        Map<String, Map<String, String>> names = new HashMap<>();
        codeNames
                .orderedStream()
                .forEach(c -> c.byField()
                        .forEach((field, labels) -> labels.names()
                                .forEach((code, name) -> names.computeIfAbsent(field, f -> new LinkedHashMap<>())
                                        .putIfAbsent(code, name))));
        Map<String, CodeLabels> all = new HashMap<>();
        Map<String, String> any = new LinkedHashMap<>();
        names.forEach((field, byCode) -> {
            all.put(field, CodeLabels.of(byCode));
            byCode.forEach(any::putIfAbsent);
        });
        // A code under a field no module named (a form's reporting unit types) is still read by its name.
        all.put(ANY_FIELD, CodeLabels.of(any));
        return all;
    }

    /** The lines of the change from {@code before} to {@code after} (JSON, either may be null). */
    List<String> lines(String before, String after, Map<String, CodeLabels> labels) {
        Map<String, String> b = flatten(before, labels);
        Map<String, String> a = flatten(after, labels);
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            String was = b.get(field);
            String is = a.get(field);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (before == null) {
                out.add(fieldName(field, labels) + ": " + is);
            } else {
                out.add(fieldName(field, labels) + ": " + (was == null ? NONE : was) + " → "
                        + (is == null ? NONE : is));
            }
        }
        return out;
    }

    /**
     * A field by its name ({@code audit.field.<path>}); else each part of its path by its name, and a part
     * that is a code (figures kept by category: {@code quotas.CIVIL_SERVANT}) by the code's name.
     */
    private String fieldName(String path, Map<String, CodeLabels> labels) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String whole = messages.getMessage("audit.field." + path, null, null, locale);
        if (whole != null) {
            return whole;
        }
        CodeLabels any = labels.get(ANY_FIELD);
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\.")) {
            String name = messages.getMessage("audit.field." + part, null, null, locale);
            if (name == null && any != null && any.names().containsKey(part)) {
                name = any.name(part);
            }
            parts.add(name == null ? part : name);
        }
        return String.join(" › ", parts);
    }

    private Map<String, String> flatten(String state, Map<String, CodeLabels> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        if (state == null || state.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = json.readTree(state);
        } catch (RuntimeException e) {
            out.put("", state);
            return out;
        }
        if (root.isObject()) {
            walk("", root, out, labels);
        } else if (!root.isNull()) {
            out.put("", value("", root, labels));
        }
        return out;
    }

    private void walk(String prefix, JsonNode node, Map<String, String> out, Map<String, CodeLabels> labels) {
        for (var entry : node.properties()) {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode v = entry.getValue();
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                walk(path, v, out, labels);
            } else {
                out.put(path, value(entry.getKey(), v, labels));
            }
        }
    }

    private String value(String field, JsonNode v, Map<String, CodeLabels> labels) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : v) {
                parts.add(item.isValueNode() ? scalar(field, item, labels) : inline(item, labels));
            }
            return String.join(", ", parts);
        }
        return v.isValueNode() ? scalar(field, v, labels) : inline(v, labels);
    }

    /** An object inside a list (a successor of a restructuring) on one line: "(Mã: X; Tên: Y)". */
    private String inline(JsonNode node, Map<String, CodeLabels> labels) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (node.isObject()) {
            walk("", node, fields, labels);
        } else {
            return value("", node, labels);
        }
        List<String> parts = new ArrayList<>();
        fields.forEach((path, value) -> parts.add(fieldName(path, labels) + ": " + value));
        return "(" + String.join("; ", parts) + ")";
    }

    private String scalar(String field, JsonNode v, Map<String, CodeLabels> labels) {
        if (!v.isString()) {
            return v.toString();
        }
        String text = v.asString();
        for (CodeLabels catalogue : new CodeLabels[] {labels.get(field), labels.get(ANY_FIELD)}) {
            if (catalogue != null && catalogue.names().containsKey(text)) {
                return catalogue.name(text);
            }
        }
        return date(text);
    }

    /** An ISO date or time as dd/MM/yyyy (HH:mm); any other text as it is. */
    static String date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return DATE.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.length() > 18 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return DATE_TIME.format(OffsetDateTime.parse(text).atZoneSameInstant(AuditLog.VIETNAM));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
