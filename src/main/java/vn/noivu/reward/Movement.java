package vn.noivu.reward;

import java.time.LocalDate;
import java.util.List;

/**
 * An emulation movement (phong trào thi đua) launched by a decision, with its registrations and
 * pledges.
 *
 * @param kind REGULAR (thường xuyên) or THEMATIC (theo chuyên đề, đợt)
 * @param scopeLevel NATIONAL, MINISTRY_PROVINCE, CLUSTER or UNIT; {@code scopeRef} names the unit or
 *     cluster that launched it
 */
public record Movement(
        long id,
        String theme,
        String kind,
        String scopeLevel,
        String scopeRef,
        LocalDate startsOn,
        LocalDate endsOn,
        String decisionNo,
        LocalDate decisionDate,
        String signer,
        List<Registration> registrations) {

    /** A movement to launch. */
    public record Request(
            String theme,
            String kind,
            String scopeLevel,
            String scopeRef,
            LocalDate startsOn,
            LocalDate endsOn,
            String decisionNo,
            LocalDate decisionDate,
            String signer) {}

    /** The registration and pledge of a unit ({@code orgCode}) or a person ({@code personId}). */
    public record Registration(
            long id, Long personId, String orgCode, String pledge, String targetTitle, LocalDate registeredOn) {}

    public record RegistrationRequest(
            Long personId, String orgCode, String pledge, String targetTitle, LocalDate registeredOn) {}

    /** Movements launched in a year, by kind. */
    public record YearCount(int year, String kind, long movements, long registrations) {}
}
