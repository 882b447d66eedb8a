package vn.noivu.staffing;

import java.time.LocalDate;

/**
 * A category that ended and passed its posts to another (COMMUNE_OFFICIAL → CIVIL_SERVANT on
 * 01/07/2025): in a reduction whose baseline year is before {@code since} and compared year after it,
 * the baseline posts of {@code from} count in {@code to} (docs/staffing-comparability.md).
 */
public record CategorySuccession(String from, String to, LocalDate since, String legalBasis) {}
