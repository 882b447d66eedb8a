package vn.noivu.personnel.internal;

import java.time.LocalDate;

/** The repeated parts of a dossier. */
public final class DossierParts {

    private DossierParts() {}

    /** Item 27 of form 2C: schools and courses. */
    public record Training(
            Long id,
            String kind,
            String institution,
            String major,
            LocalDate fromDate,
            LocalDate toDate,
            String mode,
            String diploma) {}

    /** Item 30: relatives on the person's own side and the spouse's side (sensitive). */
    public record FamilyMember(
            Long id,
            String side,
            String relation,
            String fullName,
            Integer birthYear,
            String hometown,
            String occupation,
            String address) {}

    /** Item 23: rewards. */
    public record Award(Long id, LocalDate awardDate, String title, String decisionNo, String issuer) {}

    /** Item 28 before entering the service: free-text periods. */
    public record PriorWork(Long id, LocalDate fromDate, LocalDate toDate, String description) {}
}
