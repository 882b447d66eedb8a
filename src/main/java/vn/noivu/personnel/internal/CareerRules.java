package vn.noivu.personnel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The catalogues and organisation facts that deriving a career needs, as of a date. */
interface CareerRules {

    /** A salary category (NĐ 204/2004): number of steps, months between steps, probation months. */
    record Scale(String code, int stepCount, int intervalMonths, int probationMonths) {}

    /** A disciplinary measure and its effects. */
    record Discipline(String code, int stepDelayMonths, boolean endsLeadership, boolean endsEmployment) {}

    Optional<Scale> scaleOfRank(String rankCode, LocalDate date);

    Optional<BigDecimal> coefficient(String scaleCode, int step, LocalDate date);

    boolean positionExists(String orgCode, String positionCode, LocalDate date);

    boolean orgExists(String orgCode, LocalDate date);

    Optional<Discipline> discipline(String code);
}
