package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.noivu.platform.calendar.PublicHolidays.DaysOff;

/** The catalogues and organisation facts that deriving a career needs, as of a date. */
interface CareerRules {

    /**
     * A salary category (NĐ 204/2004): number of steps, months between steps, and the probation months
     * of the rank or title asked for (the title's own figure where it has one, e.g. doctors 9).
     */
    record Scale(String code, int stepCount, int intervalMonths, int probationMonths) {}

    /**
     * A disciplinary measure as it applies to one staff category in a period {@code [validFrom,
     * validTo)}: its delay of the next step increase and what it ends.
     */
    record Discipline(
            String code,
            String staffCategory,
            LocalDate validFrom,
            LocalDate validTo,
            int stepDelayMonths,
            boolean endsLeadership,
            boolean endsEmployment,
            String source) {

        boolean inForceOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
        }
    }

    Optional<Scale> scaleOfRank(String rankCode, LocalDate date);

    Optional<BigDecimal> coefficient(String scaleCode, int step, LocalDate date);

    boolean positionExists(String orgCode, String positionCode, LocalDate date);

    boolean orgExists(String orgCode, LocalDate date);

    /** Every rule of a measure (all categories and periods); empty when the code is unknown. */
    List<Discipline> discipline(String code);

    /**
     * The class of organisation a leadership post belongs to (e.g. COMMUNE_COMMITTEE), empty when
     * the code is unknown.
     */
    default Optional<String> leadershipPostClass(String postCode) {
        return Optional.empty();
    }

    /** Whether a post of that class may be held in the unit on the date (its type). */
    default boolean postFitsUnit(String orgClass, String orgCode, LocalDate date) {
        return true;
    }

    /** The allowance coefficient of the post in the unit on the date, if the catalogue has one. */
    default Optional<BigDecimal> leadershipAllowance(String postCode, String orgCode, LocalDate date) {
        return Optional.empty();
    }

    /** The levels a position may use: {@code source} names the unit's approval or the framework list. */
    record LevelRange(int min, int max, String source) {}

    /**
     * The salary category a career level is paid on (NĐ 232/2026/NĐ-CP Art. 7(3)), empty when the level
     * is not in force on the date (before 01/07/2026).
     */
    default Optional<Scale> careerLevelScale(int level, LocalDate date) {
        return Optional.empty();
    }

    /** The level a title's salary category converts to on the date (Art. 18(2)); empty for C1–C3. */
    default Optional<Integer> titleLevel(String rankCode, LocalDate date) {
        return Optional.empty();
    }

    /**
     * The levels the position may use in the unit on the date: the unit's approval in force, else the
     * framework list (Phụ lục II, III); empty when neither gives levels.
     */
    default Optional<LevelRange> positionLevels(String orgCode, String positionCode, LocalDate date) {
        return Optional.empty();
    }

    /**
     * The working days between two dates (both included) for counting time that does not count toward
     * a step: Monday to Friday without the public holidays, make-up days and swapped days off of the
     * holiday catalogue, plus the Saturdays worked in a swap. Without a catalogue, Monday to Friday.
     */
    default DaysOff workCalendar(LocalDate first, LocalDate last) {
        return DaysOff.WEEKDAYS;
    }
}
