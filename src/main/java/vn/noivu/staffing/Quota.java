package vn.noivu.staffing;

import java.time.LocalDate;

/**
 * A unit's quota for one year and category: what was assigned (biên chế được giao), by which decision,
 * and the actual headcount (số có mặt): from personnel records when they cover the unit and year,
 * otherwise as entered or imported (may be unknown).
 */
public record Quota(
        String orgCode,
        String orgName,
        int year,
        String category,
        int assigned,
        Integer actual,
        String legalBasis,
        LocalDate decisionDate,
        String decisionIssuer) {}
