package vn.noivu.platform.imports;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue's codes with the names people read, for an import cell that takes a code: the cell may
 * hold the code ({@code CIVIL_SERVANT}, {@code 01.003}), the name ("Công chức", "Chuyên viên") or the
 * name with its code in parentheses ("Chuyên viên (01.003)", as a template's drop-down offers a name two
 * codes share), ignoring case and diacritics as NoiVu's search does. A name shared by two codes is not
 * resolved by the name alone: guessing would store the wrong one.
 */
public final class CodeLabels {

    private final Map<String, String> names;
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    private CodeLabels(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        Set<String> shared = new HashSet<>();
        for (Map.Entry<String, String> e : this.names.entrySet()) {
            byCode.put(fold(e.getKey()), e.getKey());
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            String name = fold(e.getValue());
            String other = byName.putIfAbsent(name, e.getKey());
            if (other != null && !other.equals(e.getKey())) {
                shared.add(name);
            }
        }
        shared.forEach(byName::remove);
    }

    /** The catalogue {@code names} by code, in the order a drop-down should list them. */
    public static CodeLabels of(Map<String, String> names) {
        return new CodeLabels(names);
    }

    /** The names by code, in the catalogue's order. */
    public Map<String, String> names() {
        return names;
    }

    /** The name of {@code code}, or the code itself when the catalogue does not know it. */
    public String name(String code) {
        String name = names.get(code);
        return name == null ? code : name;
    }

    /** What a drop-down shows for {@code code}: its name, with the code when another code has that name. */
    public String choice(String code) {
        String name = names.get(code);
        if (name == null || name.isBlank()) {
            return code;
        }
        return code.equals(byName.get(fold(name))) ? name : name + " (" + code + ")";
    }

    /** The code a cell means, by code, name or "name (code)"; empty when it means none. */
    public Optional<String> code(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(cell);
        String code = byCode.get(folded);
        if (code == null) {
            code = byName.get(folded);
        }
        if (code == null && folded.endsWith(")") && folded.lastIndexOf('(') > 0) {
            String inner = folded.substring(folded.lastIndexOf('(') + 1, folded.length() - 1);
            code = byCode.get(inner.strip());
        }
        return Optional.ofNullable(code);
    }

    /**
     * The code a cell means, or the cell as written when it means none (so that the import's own check
     * refuses it, quoting what the user wrote).
     */
    public String resolve(String cell) {
        return code(cell).orElse(cell == null ? "" : cell.strip());
    }

    /** Lower case, without diacritics, spaces collapsed: as {@code platform.fold} in the database. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return plain.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
