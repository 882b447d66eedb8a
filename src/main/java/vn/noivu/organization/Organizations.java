package vn.noivu.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.platform.security.UserScope;

/**
 * What other modules may ask about organisations. Lookups are not limited to the current user's
 * scope (callers decide with {@link #isWithin}); "as of" means the version in force on that date.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final OrgQueries queries;
    private final ChangeStatistics statistics;

    Organizations(OrgQueries queries, ChangeStatistics statistics) {
        this.queries = queries;
        this.statistics = statistics;
    }

    /**
     * The units of a scope (a subtree of today's tree; the caller checks the user may read it) per type
     * on {@code from} and on {@code to} and what changed in between, as the changes page counts them;
     * the last element is the total (type null).
     */
    public List<OrgTypeChange> changesByType(LocalDate from, LocalDate to, UserScope scope) {
        var figures = statistics.between(from, to, scope);
        List<OrgTypeChange> out = new java.util.ArrayList<>();
        figures.byType().forEach(l -> out.add(change(l)));
        out.add(change(figures.total()));
        return out;
    }

    /**
     * {@link #changesByType(LocalDate, LocalDate, UserScope)} from each of several days to the same
     * {@code to}, read in one scan: element i is from {@code froms.get(i)}.
     */
    public List<List<OrgTypeChange>> changesByType(List<LocalDate> froms, LocalDate to, UserScope scope) {
        List<List<OrgTypeChange>> out = new java.util.ArrayList<>();
        for (var figures : statistics.between(froms, to, scope)) {
            List<OrgTypeChange> changes = new java.util.ArrayList<>();
            figures.byType().forEach(l -> changes.add(change(l)));
            changes.add(change(figures.total()));
            out.add(changes);
        }
        return out;
    }

    private static OrgTypeChange change(ChangeStatistics.Line l) {
        return new OrgTypeChange(
                l.type(),
                l.before(),
                l.after(),
                l.created(),
                l.abolished(),
                l.merged(),
                l.split(),
                l.dissolved(),
                l.reclassifiedIn(),
                l.reclassifiedOut());
    }

    /** The unit's version in force on {@code asOf}; empty if the code is unknown or not in force then. */
    public Optional<OrgUnitView> find(String code, LocalDate asOf) {
        return code == null ? Optional.empty() : queries.find(code, asOf);
    }

    /** Whether a unit with this code exists (any version, ever): codes are never reused. */
    public boolean exists(String code) {
        return code != null && queries.exists(code);
    }

    /** The unit and all units below it on {@code asOf} by that date's tree, parents first. */
    public List<OrgUnitView> subtree(String code, LocalDate asOf) {
        return code == null ? List.of() : queries.subtree(code, asOf);
    }

    /** Whether the unit lies inside the user's scope (by its place in today's tree). */
    public boolean isWithin(String code, UserScope scope) {
        return code != null && queries.pathOf(code).map(scope::includes).orElse(false);
    }

    /** The unit's materialised scope path in today's tree. */
    public Optional<String> pathOf(String code) {
        return code == null ? Optional.empty() : queries.pathOf(code);
    }
}
