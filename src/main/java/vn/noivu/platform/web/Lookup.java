package vn.noivu.platform.web;

import java.util.List;
import vn.noivu.platform.security.UserScope;

/**
 * A catalogue a form field picks from (a unit, an administrative unit, a rank, a position, a category…),
 * contributed by the module that owns it and served as JSON at {@code /lookup/{kind}?q=…} for the pages'
 * picker ({@code <input data-picker="kind">}, noivu.js). The search ignores diacritics and case, as the
 * rest of NoiVu's search does ({@code platform.fold}). A picker fills in the code; the API still takes codes.
 */
public interface Lookup {

    /** The name in the URL and in {@code data-picker}: {@code org-unit}, {@code rank}… */
    String kind();

    /** At most {@code limit} options matching {@code query} (all when blank), within the user's scope. */
    List<Option> search(String query, UserScope scope, int limit);

    /**
     * LIKE patterns, one per word typed, for {@code platform.fold(name) LIKE ALL(:words)}: "so noi vu ha noi"
     * finds "Sở Nội vụ thành phố Hà Nội". The words are folded by the database with the name; LIKE's own
     * characters are escaped.
     */
    static String[] words(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new String[] {"%"};
        }
        return java.util.Arrays.stream(q.split("\\s+"))
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toArray(String[]::new);
    }

    /** One choice: the code the form sends and the words the user reads ("Chuyên viên (01.003)"). */
    record Option(String code, String label) {}
}
