package vn.noivu.adminunit;

import java.time.LocalDate;

/**
 * Published after an import (or the reference-data load) changed the administrative units.
 *
 * @param kind {@code snapshot}, {@code mapping} or {@code history}
 * @param effectiveDate the date the file applies from (the earliest change for a history file)
 * @param changes how many change records the import created
 */
public record AdminUnitsImported(String kind, LocalDate effectiveDate, int changes) {}
