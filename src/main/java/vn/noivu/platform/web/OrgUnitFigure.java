package vn.noivu.platform.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A column of figures beside an organisation unit's sub-units (people employed, staffing quota),
 * contributed by the module that holds them — the organisation module lists the units and knows
 * nothing of people or quotas, as with {@link DashboardFigure}.
 */
public interface OrgUnitFigure {

    /**
     * The column for these units on {@code asOf}: its header in the reader's language and, per unit
     * code, the figure over the unit and every unit under it. Empty when the module holds nothing for
     * the date; a unit without any is left out of the map (shown as 0).
     */
    Optional<Column> of(Collection<String> unitCodes, LocalDate asOf);

    default int order() {
        return 100;
    }

    record Column(String header, Map<String, Long> values) {}
}
