package vn.noivu.staffing.internal;

import java.time.LocalDate;

/** A restructuring edge from {@code organization.api_lineage}: a predecessor continues in a successor. */
public record LineageEdge(String predecessor, String successor, LocalDate effectiveDate, String kind) {}
