package vn.noivu.reform;

/**
 * What is evaluated: the Ministry ranks the provinces and the ministries; each province ranks its own
 * departments and communes with a method of its own.
 */
public enum EvaluatedSet {
    PROVINCES,
    MINISTRIES,
    DEPARTMENTS,
    COMMUNES;

    /** Whether a province owns the method and evaluates the units (departments, communes). */
    public boolean ownedByProvince() {
        return this == DEPARTMENTS || this == COMMUNES;
    }

    /** The set named by {@code value}, if any (case-insensitive). */
    public static java.util.Optional<EvaluatedSet> of(String value) {
        for (EvaluatedSet s : values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
