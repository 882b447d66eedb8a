package vn.noivu.staffing;

import java.time.LocalDate;

/**
 * One quota behind a figure: the unit that held it, what it was assigned and by which decision, and the
 * share counted in the figure for the unit that carries it now (differs from {@code assigned} only for
 * units split or merged since; docs/staffing-comparability.md).
 */
public record QuotaContribution(
        String orgCode,
        String orgName,
        int year,
        String category,
        long assigned,
        long counted,
        String carrierCode,
        String carrierName,
        String legalBasis,
        LocalDate decisionDate,
        String decisionIssuer) {

    public boolean carried() {
        return !orgCode.equals(carrierCode);
    }
}
