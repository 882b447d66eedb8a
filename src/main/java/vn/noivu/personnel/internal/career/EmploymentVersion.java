package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a person's employment, in force on [validFrom, validTo). It comes from a career
 * event ({@code eventId}) or is a state asserted by a bulk import ({@code importId}).
 * {@code stepDelayMonths} holds every delay of the current step (discipline, failed years, time that
 * does not count); {@code nonCountingOddDays} the working days of non-counting time left over after
 * whole months, already counted as one month from 11 on; {@code aboveCeilingSince} the day the current
 * above-ceiling percentage started; {@code careerLevel} the level a CAREER_LEVEL_CHANGE recorded;
 * {@code appointedOn} the date of the appointment decision the current leadership post (and its term)
 * runs from — from an APPOINTMENT (or a recruitment, rotation or transfer into a post) or, for a
 * snapshot of a bulk import, its {@code appointed_on} column — carried through every later version
 * until a new appointment or the end of the post.
 */
public record EmploymentVersion(
        Long id,
        LocalDate validFrom,
        LocalDate validTo,
        String orgCode,
        String positionCode,
        String staffCategory,
        String rankCode,
        Integer salaryStep,
        BigDecimal coefficient,
        LocalDate stepSince,
        Integer stepIntervalMonths,
        boolean atTopStep,
        int stepDelayMonths,
        int aboveCeilingPct,
        String leadershipTitle,
        BigDecimal positionAllowance,
        BigDecimal otherAllowance,
        LocalDate termEnd,
        LocalDate probationUntil,
        String secondedTo,
        LocalDate nextStepDue,
        String endReason,
        Long eventId,
        Long importId,
        String decisionNo,
        LocalDate decisionDate,
        String issuer,
        String leadershipPost,
        int nonCountingOddDays,
        LocalDate aboveCeilingSince,
        Integer careerLevel,
        LocalDate appointedOn) {

    EmploymentVersion withValidity(LocalDate from, LocalDate to, String reason) {
        return new EmploymentVersion(
                null,
                from,
                to,
                orgCode,
                positionCode,
                staffCategory,
                rankCode,
                salaryStep,
                coefficient,
                stepSince,
                stepIntervalMonths,
                atTopStep,
                stepDelayMonths,
                aboveCeilingPct,
                leadershipTitle,
                positionAllowance,
                otherAllowance,
                termEnd,
                probationUntil,
                secondedTo,
                null,
                reason,
                eventId,
                importId,
                decisionNo,
                decisionDate,
                issuer,
                leadershipPost,
                nonCountingOddDays,
                aboveCeilingSince,
                careerLevel,
                appointedOn);
    }

    /** Same content and validity (ignoring the row id and the stored due date, which follow from them). */
    boolean sameAs(EmploymentVersion o) {
        return Objects.equals(validFrom, o.validFrom)
                && Objects.equals(validTo, o.validTo)
                && Objects.equals(orgCode, o.orgCode)
                && Objects.equals(positionCode, o.positionCode)
                && Objects.equals(staffCategory, o.staffCategory)
                && Objects.equals(rankCode, o.rankCode)
                && Objects.equals(salaryStep, o.salaryStep)
                && cmp(coefficient, o.coefficient)
                && Objects.equals(stepSince, o.stepSince)
                && Objects.equals(stepIntervalMonths, o.stepIntervalMonths)
                && atTopStep == o.atTopStep
                && stepDelayMonths == o.stepDelayMonths
                && aboveCeilingPct == o.aboveCeilingPct
                && Objects.equals(leadershipTitle, o.leadershipTitle)
                && cmp(positionAllowance, o.positionAllowance)
                && cmp(otherAllowance, o.otherAllowance)
                && Objects.equals(termEnd, o.termEnd)
                && Objects.equals(probationUntil, o.probationUntil)
                && Objects.equals(secondedTo, o.secondedTo)
                && Objects.equals(endReason, o.endReason)
                && Objects.equals(eventId, o.eventId)
                && Objects.equals(importId, o.importId)
                && Objects.equals(decisionNo, o.decisionNo)
                && Objects.equals(decisionDate, o.decisionDate)
                && Objects.equals(issuer, o.issuer)
                && Objects.equals(leadershipPost, o.leadershipPost)
                && nonCountingOddDays == o.nonCountingOddDays
                && Objects.equals(aboveCeilingSince, o.aboveCeilingSince)
                && Objects.equals(careerLevel, o.careerLevel)
                && Objects.equals(appointedOn, o.appointedOn);
    }

    private static boolean cmp(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public boolean covers(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}
