package vn.noivu.reward;

import java.time.LocalDate;

/** A recorded award with its computed bonus (null when no catalogue version or base salary applies). */
public record Award(
        long id,
        Long personId,
        String orgCode,
        String title,
        int year,
        String decisionNo,
        LocalDate decisionDate,
        String issuer,
        Long baseSalary,
        Long bonusAmount) {}
