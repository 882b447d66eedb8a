package vn.noivu.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a user gives to create or change a reduction target. */
public record TargetDraft(
        String name,
        String scope,
        List<String> categories,
        Integer baselineYear,
        Integer targetYear,
        BigDecimal minimumPercent,
        String legalBasis,
        LocalDate issuedOn,
        String issuer) {}
