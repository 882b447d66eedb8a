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
        Map<String, CodeLabels> all = new HashMap<>();
        codeNames.orderedStream().forEach(c -> c.byField().forEach(all::putIfAbsent));
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
                out.add(fieldName(field) + ": " + is);
            } else {
                out.add(fieldName(field) + ": " + (was == null ? NONE : was) + " → " + (is == null ? NONE : is));
            }
        }
        return out;
    }

    private String fieldName(String path) {
        return messages.getMessage("audit.field." + path, null, path, LocaleContextHolder.getLocale());
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
                parts.add(item.isValueNode() ? scalar(field, item, labels) : item.toString());
            }
            return String.join(", ", parts);
        }
        return v.isValueNode() ? scalar(field, v, labels) : v.toString();
    }

    private String scalar(String field, JsonNode v, Map<String, CodeLabels> labels) {
        String text = v.isString() ? v.asString() : v.toString();
        CodeLabels catalogue = labels.get(field);
        if (catalogue != null && v.isString()) {
            return catalogue.name(text);
        }
        return v.isString() ? date(text) : text;
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
