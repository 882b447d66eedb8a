package vn.noivu.reward;

import java.util.List;
import java.util.Map;

/**
 * Eligibility of every member of a unit's subtree for a title and year: how many were checked, which
 * are eligible, and how many failed each condition (a person may fail several).
 */
public record EligibilitySummary(
        String orgCode,
        String title,
        int year,
        int people,
        int eligible,
        Map<String, Integer> failedByRule,
        List<Long> eligiblePersonIds) {}
