package vn.noivu.personnel.internal.person;

import java.time.LocalDate;
import java.util.List;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.RetirementRoadmap;

/**
 * A person's dossier as the current user may see it: sensitive fields are masked (and family
 * relations left out) unless {@code sensitiveVisible}. {@code leadership} is the leadership post held
 * today with its appointment date and term, null without one.
 */
public record Dossier(
        long id,
        boolean sensitiveVisible,
        Profile profile,
        String orgName,
        LocalDate deathDate,
        int age,
        RetirementRoadmap.Retirement retirement,
        EmploymentVersion current,
        List<DossierParts.Training> training,
        List<DossierParts.FamilyMember> family,
        List<DossierParts.Award> awards,
        List<DossierParts.PriorWork> priorWork,
        Leadership leadership) {

    /**
     * The post held today: the date of the appointment decision it runs from ({@code appointedOn}; null
     * when an import did not give it), the end of the term, the day the reappointment procedure is due
     * (90 days before the term ends, NĐ 170/2025/NĐ-CP Art. 40) and whether the term ends less than two
     * years before retirement, so that it is extended to retirement instead (docs/personnel-rules.md,
     * "Terms").
     */
    public record Leadership(
            String title,
            String post,
            LocalDate appointedOn,
            LocalDate termEnd,
            LocalDate procedureDue,
            boolean extensionToRetirement) {

        static final int PROCEDURE_DAYS_BEFORE_TERM_END = 90;

        static Leadership of(EmploymentVersion v, LocalDate retirement) {
            if (v == null || v.leadershipTitle() == null) {
                return null;
            }
            LocalDate termEnd = v.termEnd();
            return new Leadership(
                    v.leadershipTitle(),
                    v.leadershipPost(),
                    v.appointedOn(),
                    termEnd,
                    termEnd == null ? null : termEnd.minusDays(PROCEDURE_DAYS_BEFORE_TERM_END),
                    termEnd != null && retirement != null && retirement.isBefore(termEnd.plusYears(2)));
        }
    }
}
