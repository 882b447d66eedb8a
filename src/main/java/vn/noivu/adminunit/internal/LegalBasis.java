package vn.noivu.adminunit.internal;

import java.util.Arrays;
import java.util.List;

/** Legal documents as cited by number ("1656/NQ-UBTVQH15"), and who issues such a document. */
public final class LegalBasis {

    private LegalBasis() {}

    /** The numbers in a ';'-separated citation. */
    public static List<String> numbers(String citation) {
        if (citation == null || citation.isBlank()) {
            return List.of();
        }
        return Arrays.stream(citation.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** The issuing body, from the document's number suffix; null when the suffix is not known. */
    public static String issuerOf(String number) {
        if (number == null) {
            return null;
        }
        String n = number.toUpperCase(java.util.Locale.ROOT);
        if (n.contains("NQ-UBTVQH")) {
            return "Ủy ban Thường vụ Quốc hội";
        }
        if (n.contains("QĐ-TTG")) {
            return "Thủ tướng Chính phủ";
        }
        if (n.contains("NĐ-CP")) {
            return "Chính phủ";
        }
        if (n.contains("CTK-CSCL")) {
            return "Cục Thống kê";
        }
        if (n.contains("NQ/TW")) {
            return "Ban Chấp hành Trung ương";
        }
        if (n.matches(".*/QH\\d+$")) {
            return "Quốc hội";
        }
        return null;
    }
}
