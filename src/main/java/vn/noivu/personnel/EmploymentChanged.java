package vn.noivu.personnel;

import java.time.LocalDate;

/** Published when a person's employment history changed from {@code from} on (an event or an import). */
public record EmploymentChanged(long personId, LocalDate from) {}
