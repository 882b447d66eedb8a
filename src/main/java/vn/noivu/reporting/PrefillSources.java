package vn.noivu.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Several figures a module computes together for one unit and day — the breakdowns of a form such as
 * the civil servants by rank, training, age and sex come out of one SQL pass. Each name is used in a
 * form's {@code prefill} exactly like a {@link PrefillSource}'s; a module offers a group when one query
 * answers many cells, a single source when it answers one.
 */
public interface PrefillSources {

    /** The names this group answers ({@code personnel.civil-servants.total}, …). */
    Set<String> names();

    /**
     * Every figure of the group for the reporting unit (its organisation subtree) as of {@code asOf};
     * a name absent from the answer is unknown.
     */
    Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf);
}
