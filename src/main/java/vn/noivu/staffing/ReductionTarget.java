package vn.noivu.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A reduction target set by a Party or Government document: at least {@code minimumPercent} fewer
 * posts of {@code categories} in {@code targetYear} than in {@code baselineYear}, for a scope
 * ({@code scope} null = the whole country, e.g. NQ 39-NQ/TW, KL 40-KL/TW).
 */
public record ReductionTarget(
        long id,
        String name,
        String scope,
        List<String> categories,
        int baselineYear,
        int targetYear,
        BigDecimal minimumPercent,
        String legalBasis,
        LocalDate issuedOn,
        String issuer) {}
