package vn.noivu.adminunit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.noivu.adminunit.internal.AdminUnitQueries;

/** What the changes page says about a reform beyond its counts. */
final class AdminUnitReforms {

    /** A date with at least this many changed units is a reform the user can pick by name. */
    static final int MINIMUM_CHANGES = 50;

    private AdminUnitReforms() {}

    /**
     * Per level, the units that ended between the two dates without being dissolved (they went on as
     * units of another level, or were merged into a successor that keeps their identity), so that the
     * page can explain why the count of ended units and of dissolutions differ.
     */
    static Map<String, List<AdminUnitQueries.EndedUnit>> endedNotDissolved(
            AdminUnitQueries queries, LocalDate from, LocalDate to) {
        Map<String, List<AdminUnitQueries.EndedUnit>> out = new LinkedHashMap<>();
        for (String level : AdminUnitQueries.LEVELS) {
            List<AdminUnitQueries.EndedUnit> units = queries.endedWithoutDissolution(from, to, level);
            if (!units.isEmpty() && units.size() <= 50) {
                out.put(level, units);
            }
        }
        return out;
    }
}
