package vn.noivu.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A figure NoiVu computes from its own records and pre-fills into a report cell (e.g. the number of
 * communes of a province from the administrative units). A form names the source of a cell; modules
 * contribute sources as beans, so the reporting module depends on none of them.
 */
public interface PrefillSource {

    /** The name a form definition uses ({@code adminunit.communes}). */
    String name();

    /** The figure for the reporting unit as of {@code asOf} (the period's cut-off); empty if unknown. */
    Optional<BigDecimal> valueFor(String unitCode, LocalDate asOf);
}
