package vn.noivu.adminunit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The three levels of administrative units, their code lengths, types and possible parents. */
public enum Level {
    PROVINCE(2, List.of("Tỉnh", "Thành phố Trung ương")),
    DISTRICT(3, List.of("Quận", "Huyện", "Thị xã", "Thành phố")),
    COMMUNE(5, List.of("Phường", "Xã", "Thị trấn", "Đặc khu"));

    /** The longest full name an import accepts (names travel to XLSX exports and every page). */
    public static final int MAX_NAME = 500;

    private final int codeLength;
    private final List<String> types;

    Level(int codeLength, List<String> types) {
        this.codeLength = codeLength;
        this.types = types;
    }

    /** The name used in data and API: {@code province}, {@code district}, {@code commune}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> of(String key) {
        for (Level level : values()) {
            if (level.key().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The levels by key, with the names officials write ("Cấp xã"), for an import cell. */
    static final vn.noivu.platform.imports.CodeLabels NAMES;

    static {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("province", "Cấp tỉnh");
        names.put("district", "Cấp huyện");
        names.put("commune", "Cấp xã");
        NAMES = vn.noivu.platform.imports.CodeLabels.of(names);
    }

    /** The level an import cell names: by key ({@code commune}) or by name ("Cấp xã"), any case or accents. */
    static Optional<Level> ofCell(String cell) {
        return of(NAMES.resolve(cell));
    }

    public static Level ofCode(String code) {
        return switch (code.length()) {
            case 2 -> PROVINCE;
            case 3 -> DISTRICT;
            default -> COMMUNE;
        };
    }

    public List<String> types() {
        return types;
    }

    public boolean validCode(String code) {
        return code != null && code.length() == codeLength && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public int codeLength() {
        return codeLength;
    }

    /** The levels a unit of this level may hang under (a commune: a district, or since 2025 a province). */
    public Set<Level> parentLevels() {
        return switch (this) {
            case PROVINCE -> Set.of();
            case DISTRICT -> Set.of(PROVINCE);
            case COMMUNE -> Set.of(DISTRICT, PROVINCE);
        };
    }

    /** Whether {@code code} has the length of a code of one of the possible parent levels. */
    public boolean validParentCode(String code) {
        return parentLevels().stream().anyMatch(l -> l.validCode(code));
    }

    /**
     * The prefix a full name starts with for this type ("Thành phố Hà Nội" for a Thành phố Trung
     * ương), followed by a space and the short name.
     */
    public static String prefixOf(String type) {
        return "Thành phố Trung ương".equals(type) ? "Thành phố" : type;
    }

    /** The short name inside a full name, or empty when the full name does not start with its type. */
    public static Optional<String> shortName(String fullName, String type) {
        String prefix = prefixOf(type) + " ";
        if (fullName.startsWith(prefix) && fullName.length() > prefix.length()) {
            return Optional.of(fullName.substring(prefix.length()).trim());
        }
        return Optional.empty();
    }

    /**
     * A full name read against the type a source gives it. The type's prefix written with other
     * capitals ("Thị Trấn Long Bình", type Thị trấn) is normalised ({@code recased}); a name that
     * starts with another type of the level, or none ("Thị xã Ba Đồn" typed Huyện, as the 2013 source
     * writes it) is kept as written — the source disagrees with itself, which a reviewer should see
     * ({@code disagrees}) but which is no reason to refuse the file.
     */
    public record TypedName(String fullName, String name, boolean recased, boolean disagrees) {}

    /** See {@link TypedName}. */
    public TypedName typedName(String fullName, String type) {
        String prefix = prefixOf(type) + " ";
        if (fullName.length() > prefix.length() && fullName.regionMatches(true, 0, prefix, 0, prefix.length())) {
            String name = fullName.substring(prefix.length()).trim();
            boolean recased = !fullName.startsWith(prefix);
            return new TypedName(recased ? prefix + name : fullName, name, recased, false);
        }
        String name = types.stream()
                .map(t -> prefixOf(t) + " ")
                .filter(p -> fullName.length() > p.length() && fullName.regionMatches(true, 0, p, 0, p.length()))
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .map(p -> fullName.substring(p.length()).trim())
                .orElse(fullName);
        return new TypedName(fullName, name, false, true);
    }

    /** A type of this level written with other capitals ("Thị Trấn"), as the level spells it; else as given. */
    public String canonicalType(String type) {
        return types.stream().filter(t -> t.equalsIgnoreCase(type)).findFirst().orElse(type);
    }

    /** The type a full name starts with at this level ("Tỉnh Lào Cai" → Tỉnh), if any. */
    public Optional<String> typeOfFullName(String fullName) {
        return types.stream()
                .filter(t -> fullName.startsWith(prefixOf(t) + " "))
                .max((a, b) -> Integer.compare(prefixOf(a).length(), prefixOf(b).length()));
    }
}
