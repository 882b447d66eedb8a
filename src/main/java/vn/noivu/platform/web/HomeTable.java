package vn.noivu.platform.web;

import java.util.List;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.security.UserScope;

/**
 * A table of the conference figures on the home page (the staffing reduction against the targets, the
 * organisations reduced, the administrative units before and after a reform), contributed by a module
 * and computed in the user's scope. The home page shows it and links to the page that holds it in
 * full, where it can be exported.
 */
public interface HomeTable {

    /** The tables for this scope, none when they do not apply. */
    List<Shown> tables(UserScope scope);

    default int order() {
        return 100;
    }

    /**
     * @param id the HTML id of the table on the home page
     * @param link the page that holds the table (and its export)
     */
    record Shown(String id, ReportTable table, String link) {}
}
