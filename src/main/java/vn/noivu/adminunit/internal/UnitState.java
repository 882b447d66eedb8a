package vn.noivu.adminunit.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a unit is on a day: the attributes a version carries. */
public record UnitState(String code, String name, String fullName, Level level, String type, String parentCode) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");

    /** Names as stored: NFC, trimmed, inner runs of spaces collapsed. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        n = n.trim();
        return SPACES.matcher(n).find() ? n.replaceAll("\\s+", " ") : n;
    }

    /** Same full name, type, parent and level: what a change file can state about a unit. */
    public boolean sameAs(UnitState other) {
        return other != null
                && code.equals(other.code)
                && fullName.equals(other.fullName)
                && level == other.level
                && type.equals(other.type)
                && Objects.equals(parentCode, other.parentCode);
    }

    /** {@link #sameAs} and the same short name. */
    public boolean identical(UnitState other) {
        return sameAs(other) && name.equals(other.name);
    }

    /** The kinds of change that lead from {@code before} to this state. */
    public List<String> kindsFrom(UnitState before) {
        List<String> kinds = new ArrayList<>();
        if (!code.equals(before.code)) {
            kinds.add("RECODE");
        }
        if (!fullName.equals(before.fullName) && !Objects.equals(stripType(), before.stripType())) {
            kinds.add("RENAME");
        }
        if (!type.equals(before.type)) {
            kinds.add("RETYPE");
        }
        if (!Objects.equals(parentCode, before.parentCode)) {
            kinds.add("MOVE");
        }
        if (kinds.isEmpty() && !identical(before)) {
            kinds.add("CORRECTION");
        }
        return kinds;
    }

    private String stripType() {
        return Level.shortName(fullName, type).orElse(fullName);
    }
}
