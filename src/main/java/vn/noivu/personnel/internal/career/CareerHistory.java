package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.noivu.platform.calendar.PublicHolidays.DaysOff;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Derives a person's employment versions from the states asserted by imports (anchors) and the
 * career events, in date order. Deriving the whole history again after a past event is corrected
 * re-derives everything that follows from it; a rule broken anywhere refuses the change.
 *
 * <p>Rules (docs/personnel-rules.md): recruitment starts an employment (refused while one is open:
 * overlapping employment); resignation, retirement, death and forced dismissal end it on the
 * effective date (the first day no longer employed); every other event needs an open employment. A
 * step increase raises the step by one, or at the top step grants the above-ceiling allowance (5 %,
 * then +1 % a year); promotion to a new rank takes the lowest step whose coefficient is not below the
 * current one (TT 02/2007/TT-BNV) and keeps the step date unless the gain reaches one increment of
 * the old category; discipline delays the next step increase by the months its rule gives for the
 * person's staff category on the event's date, and a measure with no rule for them then is refused;
 * a year rated NOT_COMPLETED delays it by 6 months; probation does not count toward the next step;
 * a staff category that no longer exists on the event's date is refused; appointment and
 * reappointment set a five-year term. A period that does not count toward the step (unpaid leave,
 * suspension, detention …) delays the next step by its whole months and, for the odd working days of
 * the step taken together (public holidays not counted, {@link DaysOff}), one month from 11 days
 * on ({@link NonCountingTime}). A change of career
 * level (public employees, from 01/07/2026) places the person on the level's salary category like a
 * promotion; it is refused when the level is not in force on its date, when the title's category has
 * no level, or when the level is outside those of the person's position.
 */
public final class CareerHistory {

    static final int DEFAULT_TERM_MONTHS = 60;

    /**
     * Months each year rated "không hoàn thành nhiệm vụ" adds to the wait for the next regular step
     * increase (or above-ceiling increment): TT 08/2013/TT-BNV Art. 2(3) as amended by TT 03/2021/TT-BNV
     * Art. 1(5)(b). Two failed years, consecutive or not, add 6 months each.
     */
    static final int FAILED_YEAR_DELAY_MONTHS = 6;

    public static final java.time.format.DateTimeFormatter VN_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CareerRules rules;

    CareerHistory(CareerRules rules) {
        this.rules = rules;
    }

    /** The versions that follow from {@code anchors} (import states) and the active {@code events}. */
    List<EmploymentVersion> derive(LocalDate birthDate, List<EmploymentVersion> anchors, List<CareerEvent> events) {
        List<Object> points = new ArrayList<>(anchors);
        points.addAll(events);
        points.sort(Comparator.comparing(CareerHistory::dateOf).thenComparing(CareerHistory::orderOf));
        List<EmploymentVersion> versions = new ArrayList<>();
        EmploymentVersion open = null;
        boolean dead = false;
        for (Object point : points) {
            LocalDate date = dateOf(point);
            if (dead) {
                throw refuse(point, "personnel.event.afterDeath");
            }
            if (birthDate != null && date.isBefore(birthDate)) {
                throw refuse(point, "personnel.event.beforeBirth");
            }
            EmploymentVersion next;
            if (point instanceof EmploymentVersion anchor) {
                next = anchor.withValidity(date, null, null);
            } else {
                CareerEvent event = (CareerEvent) point;
                EventKind kind = event.eventKind();
                if (kind == EventKind.EVALUATION) {
                    checkEvaluation(event);
                    if (open == null) {
                        throw refuse(point, "personnel.event.notEmployed");
                    }
                    if (!Rating.NOT_COMPLETED.name().equals(event.rating())) {
                        continue; // recorded, but the employment does not change
                    }
                }
                if (kind == EventKind.RECRUITMENT) {
                    if (open != null) {
                        throw refuse(point, "personnel.event.overlap");
                    }
                    next = recruit(event);
                } else if (open == null) {
                    throw refuse(point, "personnel.event.notEmployed");
                } else {
                    next = apply(open, event);
                }
                if (kind == EventKind.DEATH) {
                    dead = true;
                }
            }
            if (open != null) {
                close(versions, open, date, next == null ? reasonOf(point) : null);
            }
            open = next;
        }
        if (open != null) {
            versions.add(open);
        }
        return versions;
    }

    private static void close(List<EmploymentVersion> versions, EmploymentVersion open, LocalDate date, String reason) {
        // A version replaced on the day it began was never in force: it leaves no row.
        if (open.validFrom().isBefore(date)) {
            versions.add(open.withValidity(open.validFrom(), date, reason));
        }
    }

    private EmploymentVersion recruit(CareerEvent e) {
        require(e.orgCode() != null, e, "personnel.event.orgRequired");
        require(
                e.staffCategory() != null && StaffCategory.isValid(e.staffCategory()),
                e,
                "personnel.event.categoryRequired");
        checkCategoryInForce(e);
        checkOrg(e, e.orgCode());
        checkPosition(e, e.orgCode(), e.positionCode());
        State s = new State();
        s.org = e.orgCode();
        s.position = e.positionCode();
        s.category = e.staffCategory();
        s.title = e.leadershipTitle();
        s.positionAllowance = nz(e.positionAllowance());
        s.otherAllowance = nz(e.otherAllowance());
        takePost(s, e, s.org);
        if (e.rankCode() != null) {
            CareerRules.Scale scale = scaleOf(e, e.rankCode());
            s.rank = e.rankCode();
            s.step = e.salaryStep() == null ? 1 : e.salaryStep();
            s.stepSince = e.effectiveDate();
            s.interval = scale.intervalMonths();
            checkStep(e, scale, s.step);
            s.coefficient = coefficient(e, scale, s.step);
            s.atTop = s.step >= scale.stepCount();
            if (StaffCategory.PUBLIC_EMPLOYEE.name().equals(s.category) && scale.probationMonths() > 0) {
                int months = e.termMonths() == null ? scale.probationMonths() : e.termMonths();
                s.probationUntil = e.effectiveDate().plusMonths(months);
                // Probation does not count toward the step increase (NĐ 115/2020/NĐ-CP Art. 23(3)):
                // the step clock starts when it ends.
                s.stepSince = s.probationUntil;
            }
        }
        if (s.title != null) {
            s.appointedOn = e.effectiveDate();
            s.termEnd = e.effectiveDate().plusMonths(DEFAULT_TERM_MONTHS);
        }
        return s.version(e);
    }

    private EmploymentVersion apply(EmploymentVersion v, CareerEvent e) {
        State s = State.of(v);
        switch (e.eventKind()) {
            case PROBATION_END -> {
                if (s.probationUntil != null && s.rank != null) {
                    // The probation ended on this date, earlier or later than planned: the step clock
                    // starts now (NĐ 115/2020/NĐ-CP Art. 23(3)).
                    s.stepSince = e.effectiveDate();
                }
                s.probationUntil = null;
            }
            case APPOINTMENT -> {
                require(e.leadershipTitle() != null, e, "personnel.event.titleRequired");
                if (e.positionCode() != null) {
                    checkPosition(e, s.org, e.positionCode());
                    s.position = e.positionCode();
                }
                s.title = e.leadershipTitle();
                s.positionAllowance = nz(e.positionAllowance());
                s.post = null;
                takePost(s, e, s.org);
                s.appointedOn = e.effectiveDate();
                s.termEnd = e.effectiveDate().plusMonths(term(e));
            }
            case REAPPOINTMENT -> {
                // Bổ nhiệm lại: a new term of the same post; the post is still held since the appointment.
                require(s.title != null, e, "personnel.event.noLeadership");
                s.termEnd = e.effectiveDate().plusMonths(term(e));
                if (e.positionAllowance() != null) {
                    s.positionAllowance = e.positionAllowance();
                }
                takePost(s, e, s.org);
            }
            case ROTATION, TRANSFER -> {
                require(e.orgCode() != null, e, "personnel.event.orgRequired");
                checkOrg(e, e.orgCode());
                checkPosition(e, e.orgCode(), e.positionCode());
                s.org = e.orgCode();
                s.position = e.positionCode();
                s.secondedTo = null;
                if (e.staffCategory() != null) {
                    require(StaffCategory.isValid(e.staffCategory()), e, "personnel.event.categoryRequired");
                    checkCategoryInForce(e);
                    s.category = e.staffCategory();
                }
                s.title = e.leadershipTitle();
                s.positionAllowance = nz(e.positionAllowance());
                s.post = null;
                takePost(s, e, s.org);
                s.termEnd = s.title == null ? null : e.effectiveDate().plusMonths(term(e));
                s.appointedOn = s.title == null ? null : e.effectiveDate();
            }
            case SECONDMENT -> {
                require(e.orgCode() != null, e, "personnel.event.orgRequired");
                checkOrg(e, e.orgCode());
                s.secondedTo = e.orgCode();
            }
            case SECONDMENT_END -> s.secondedTo = null;
            case PROMOTION -> promote(s, e);
            case STEP_INCREASE, EARLY_STEP_INCREASE -> increaseStep(s, e);
            case DISCIPLINE -> {
                require(e.disciplineCode() != null, e, "personnel.event.disciplineRequired");
                CareerRules.Discipline d = disciplineFor(e, s.category);
                if (d.endsEmployment()) {
                    return null;
                }
                s.delay += d.stepDelayMonths();
                if (d.endsLeadership()) {
                    s.title = null;
                    s.post = null;
                    s.positionAllowance = BigDecimal.ZERO;
                    s.termEnd = null;
                    s.appointedOn = null;
                }
            }
            case ALLOWANCE_CHANGE -> {
                if (e.positionAllowance() != null) {
                    s.positionAllowance = e.positionAllowance();
                }
                takePost(s, e, s.org);
                if (e.otherAllowance() != null) {
                    s.otherAllowance = e.otherAllowance();
                }
            }
            case EVALUATION -> s.delay += FAILED_YEAR_DELAY_MONTHS; // only NOT_COMPLETED reaches here
            case NON_COUNTING_PERIOD -> {
                checkNonCounting(e);
                NonCountingTime time = NonCountingTime.of(
                        e.effectiveDate(), e.periodTo(), rules.workCalendar(e.effectiveDate(), e.periodTo()));
                int before = NonCountingTime.monthsOfOddDays(s.nonCountingOddDays);
                s.nonCountingOddDays += time.oddWorkingDays();
                s.delay += time.months() + NonCountingTime.monthsOfOddDays(s.nonCountingOddDays) - before;
            }
            case CAREER_LEVEL_CHANGE -> changeLevel(s, e);
            case RESIGNATION, RETIREMENT, DEATH -> {
                return null;
            }
            case RECRUITMENT -> throw new IllegalStateException("handled by recruit");
        }
        return s.version(e);
    }

    private void promote(State s, CareerEvent e) {
        require(e.rankCode() != null, e, "personnel.event.rankRequired");
        BigDecimal increment = oldIncrement(s, e);
        place(s, e, scaleOf(e, e.rankCode()), increment);
        s.rank = e.rankCode();
        s.careerLevel = null;
    }

    /**
     * A change of career level (NĐ 232/2026/NĐ-CP): the level must be in force on the date (Art. 7),
     * the title's category must have a level (Art. 18(2): C1–C3 have none), and the level must be among
     * those of the person's position — the unit's approval, else the framework list (Art. 7(1): "không
     * vượt quá số bậc nghề nghiệp được quy định cho vị trí việc làm đó"). The person is then paid on the
     * level's category (Art. 7(3)), placed as on a promotion.
     */
    private void changeLevel(State s, CareerEvent e) {
        Integer level = e.careerLevel();
        if (level == null) {
            throw refuseOn("careerLevel", e, "personnel.event.levelRequired");
        }
        if (!StaffCategory.PUBLIC_EMPLOYEE.name().equals(s.category)) {
            throw refuseOn("careerLevel", e, "personnel.event.levelOnlyPublicEmployee", level);
        }
        CareerRules.Scale scale = rules.careerLevelScale(level, e.effectiveDate())
                .orElseThrow(() -> refuseOn("careerLevel", e, "personnel.event.levelNotInForce", level));
        require(s.rank != null, e, "personnel.event.noRank");
        if (rules.titleLevel(s.rank, e.effectiveDate()).isEmpty()) {
            throw refuseOn("careerLevel", e, "personnel.event.levelNotForTitle", level, s.rank);
        }
        if (s.position != null) {
            var range = rules.positionLevels(s.org, s.position, e.effectiveDate());
            if (range.isPresent()
                    && (level < range.get().min() || level > range.get().max())) {
                throw refuseOn(
                        "careerLevel",
                        e,
                        "personnel.event.levelOutsidePosition",
                        level,
                        s.position,
                        range.get().min(),
                        range.get().max(),
                        range.get().source());
            }
        }
        BigDecimal increment = oldIncrement(s, e);
        place(s, e, scale, increment);
        s.careerLevel = level;
    }

    /**
     * Places the person on {@code scale}: the step given, else the lowest whose coefficient is not below
     * the current one with the above-ceiling allowance counted in (TT 02/2007/TT-BNV); the step date is
     * kept unless the gain reaches {@code increment}, one step of the old category.
     */
    private void place(State s, CareerEvent e, CareerRules.Scale scale, BigDecimal increment) {
        int step;
        if (e.salaryStep() != null) {
            step = e.salaryStep();
            checkStep(e, scale, step);
        } else {
            // The lowest step whose coefficient is not below the current one (with the above-ceiling
            // allowance counted in), TT 02/2007/TT-BNV.
            BigDecimal current = s.coefficient == null
                    ? BigDecimal.ZERO
                    : s.coefficient
                            .multiply(BigDecimal.valueOf(100 + s.aboveCeiling))
                            .divide(BigDecimal.valueOf(100));
            step = scale.stepCount();
            for (int i = 1; i <= scale.stepCount(); i++) {
                if (coefficient(e, scale, i).compareTo(current) >= 0) {
                    step = i;
                    break;
                }
            }
        }
        BigDecimal newCoefficient = coefficient(e, scale, step);
        boolean resetStepDate = true;
        if (s.coefficient != null && s.rank != null) {
            BigDecimal gain = newCoefficient.subtract(s.coefficient);
            resetStepDate = increment == null || gain.compareTo(increment) >= 0;
        }
        s.step = step;
        s.coefficient = newCoefficient;
        s.interval = scale.intervalMonths();
        s.atTop = step >= scale.stepCount();
        s.aboveCeiling = 0;
        s.aboveCeilingSince = null;
        if (resetStepDate || s.stepSince == null) {
            s.stepSince = e.effectiveDate();
            s.delay = 0;
            s.nonCountingOddDays = 0;
        }
    }

    private BigDecimal oldIncrement(State s, CareerEvent e) {
        if (s.rank == null) {
            return null;
        }
        return paidScale(s, e.effectiveDate())
                .flatMap(old -> rules.coefficient(old.code(), 1, e.effectiveDate())
                        .flatMap(c1 -> rules.coefficient(old.code(), 2, e.effectiveDate())
                                .map(c2 -> c2.subtract(c1))))
                .orElse(null);
    }

    /** The category the person is paid on: that of the recorded career level, else that of the rank. */
    private java.util.Optional<CareerRules.Scale> paidScale(State s, LocalDate date) {
        if (s.careerLevel != null) {
            var level = rules.careerLevelScale(s.careerLevel, date);
            if (level.isPresent()) {
                return level;
            }
        }
        return rules.scaleOfRank(s.rank, date);
    }

    private void increaseStep(State s, CareerEvent e) {
        require(s.rank != null, e, "personnel.event.noRank");
        CareerRules.Scale scale =
                paidScale(s, e.effectiveDate()).orElseThrow(() -> refuse(e, "personnel.event.unknownRank", s.rank));
        if (s.step >= scale.stepCount()) {
            require(e.eventKind() == EventKind.STEP_INCREASE, e, "personnel.event.earlyAtTop");
            // The above-ceiling allowance (TT 04/2005/TT-BNV): 5 % first, then +1 % a year, from this day.
            s.aboveCeiling = s.aboveCeiling == 0 ? 5 : s.aboveCeiling + 1;
            s.aboveCeilingSince = e.effectiveDate();
        } else {
            s.step = e.salaryStep() == null ? s.step + 1 : e.salaryStep();
            checkStep(e, scale, s.step);
            s.coefficient = coefficient(e, scale, s.step);
        }
        s.atTop = s.step >= scale.stepCount();
        s.stepSince = e.effectiveDate();
        s.delay = 0;
        s.nonCountingOddDays = 0;
    }

    /** A non-counting period ends on or after its first day and gives one of the law's reasons. */
    static void checkNonCounting(CareerEvent e) {
        if (e.periodTo() == null || e.periodTo().isBefore(e.effectiveDate())) {
            throw refuseOn("periodTo", e, "personnel.event.periodToRequired");
        }
        if (e.reason() == null || !NonCountingReason.isValid(e.reason())) {
            throw refuseOn("reason", e, "personnel.event.reasonRequired", String.valueOf(e.reason()));
        }
    }

    /**
     * The rule of the measure for the person's staff category on the event's date. A measure the law
     * does not give for that category, or not on that date (salary reduction and demotion ended for
     * civil servants on 01/07/2025), is refused with the periods and categories it does apply to.
     */
    private CareerRules.Discipline disciplineFor(CareerEvent e, String category) {
        List<CareerRules.Discipline> all = rules.discipline(e.disciplineCode());
        if (all.isEmpty()) {
            throw refuseOn("disciplineCode", e, "personnel.event.unknownDiscipline", e.disciplineCode());
        }
        List<CareerRules.Discipline> ofCategory =
                all.stream().filter(d -> d.staffCategory().equals(category)).toList();
        for (CareerRules.Discipline d : ofCategory) {
            if (d.inForceOn(e.effectiveDate())) {
                return d;
            }
        }
        if (ofCategory.isEmpty()) {
            String categories = String.join(
                    ", ",
                    all.stream()
                            .filter(d -> d.inForceOn(e.effectiveDate()))
                            .map(CareerRules.Discipline::staffCategory)
                            .distinct()
                            .toList());
            throw refuseOn(
                    "disciplineCode",
                    e,
                    "personnel.event.disciplineNotForCategory",
                    e.disciplineCode(),
                    category,
                    categories.isEmpty() ? "—" : categories);
        }
        String periods = String.join(
                "; ",
                ofCategory.stream()
                        .map(d -> d.validFrom().format(VN_DATE) + " – "
                                + (d.validTo() == null
                                        ? ""
                                        : d.validTo().minusDays(1).format(VN_DATE))
                                + " (" + d.source() + ")")
                        .toList());
        throw refuseOn(
                "disciplineCode", e, "personnel.event.disciplineNotInForce", e.disciplineCode(), category, periods);
    }

    private static void checkCategoryInForce(CareerEvent e) {
        StaffCategory category = StaffCategory.valueOf(e.staffCategory());
        if (!category.inForceOn(e.effectiveDate())) {
            throw refuseOn(
                    "staffCategory",
                    e,
                    "personnel.event.categoryEnded",
                    category.name(),
                    category.validTo().format(VN_DATE));
        }
    }

    /**
     * An evaluation names the year it rates, one of the four ratings, and takes effect in that year or
     * the next (ratings are decided at the end of the year or early in the next).
     */
    static void checkEvaluation(CareerEvent e) {
        if (e.evaluationYear() == null) {
            throw refuseOn("year", e, "personnel.event.yearRequired");
        }
        if (e.rating() == null || !Rating.isValid(e.rating())) {
            throw refuseOn("rating", e, "personnel.event.ratingRequired", String.valueOf(e.rating()));
        }
        int year = e.effectiveDate().getYear();
        if (e.evaluationYear() != year && e.evaluationYear() != year - 1) {
            throw refuseOn("year", e, "personnel.event.ratingYear", String.valueOf(e.evaluationYear()));
        }
    }

    private CareerRules.Scale scaleOf(CareerEvent e, String rankCode) {
        return rules.scaleOfRank(rankCode, e.effectiveDate())
                .orElseThrow(() -> refuse(e, "personnel.event.unknownRank", rankCode));
    }

    private BigDecimal coefficient(CareerEvent e, CareerRules.Scale scale, int step) {
        return rules.coefficient(scale.code(), step, e.effectiveDate())
                .orElseThrow(() -> refuse(e, "personnel.event.badStep", step, scale.code()));
    }

    private void checkStep(CareerEvent e, CareerRules.Scale scale, int step) {
        if (step < 1 || step > scale.stepCount()) {
            throw refuse(e, "personnel.event.badStep", step, scale.code());
        }
    }

    private void checkOrg(CareerEvent e, String org) {
        if (!rules.orgExists(org, e.effectiveDate())) {
            throw refuse(e, "personnel.event.unknownOrg", org);
        }
    }

    private void checkPosition(CareerEvent e, String org, String position) {
        if (position != null && !rules.positionExists(org, position, e.effectiveDate())) {
            throw refuse(e, "personnel.event.unknownPosition", position, org);
        }
    }

    /**
     * The leadership post an event names, checked against the unit's type on the date, and its
     * allowance: a coefficient typed on the event wins, else the catalogue's on the event date. The
     * salary reads the catalogue again on the date asked (docs/personnel-rules.md, "Leadership
     * allowance"). No post named: the state keeps what it had.
     */
    private void takePost(State s, CareerEvent e, String org) {
        String post = e.leadershipPost();
        if (post == null) {
            return;
        }
        String orgClass = rules.leadershipPostClass(post)
                .orElseThrow(() -> refuseOn("leadershipPost", e, "personnel.event.unknownPost", post));
        if (!rules.postFitsUnit(orgClass, org, e.effectiveDate())) {
            throw refuseOn("leadershipPost", e, "personnel.event.postNotInUnit", post, org);
        }
        s.post = post;
        if (e.positionAllowance() == null) {
            s.positionAllowance =
                    rules.leadershipAllowance(post, org, e.effectiveDate()).orElse(BigDecimal.ZERO);
        }
    }

    private static int term(CareerEvent e) {
        return e.termMonths() == null ? DEFAULT_TERM_MONTHS : e.termMonths();
    }

    private static void require(boolean ok, CareerEvent e, String key) {
        if (!ok) {
            throw refuse(e, key);
        }
    }

    private static BusinessRuleException refuse(Object point, String key, Object... args) {
        return refuseOn("effectiveDate", point, key, args);
    }

    /** A refusal on {@code field}; the message's {0} is the date, {1} the kind, then {@code args}. */
    private static BusinessRuleException refuseOn(String field, Object point, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = dateOf(point).format(VN_DATE);
        all[1] = point instanceof CareerEvent e ? e.kind() : "IMPORT";
        System.arraycopy(args, 0, all, 2, args.length);
        return new BusinessRuleException(field, key, all);
    }

    private static String reasonOf(Object point) {
        if (point instanceof CareerEvent e) {
            return e.eventKind() == EventKind.DISCIPLINE ? "DISMISSAL" : e.kind();
        }
        return null;
    }

    private static LocalDate dateOf(Object point) {
        return point instanceof CareerEvent e ? e.effectiveDate() : ((EmploymentVersion) point).validFrom();
    }

    /** Anchors before events on the same day, then events in the order they were recorded. */
    private static long orderOf(Object point) {
        return point instanceof CareerEvent e ? (e.id() == null ? Long.MAX_VALUE : e.id()) : Long.MIN_VALUE;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    /** The mutable state while folding. */
    private static final class State {
        String org;
        String position;
        String category;
        String rank;
        Integer step;
        BigDecimal coefficient;
        LocalDate stepSince;
        Integer interval;
        boolean atTop;
        int delay;
        int aboveCeiling;
        String title;
        /** The leadership post of the allowance catalogue, when the event named one. */
        String post;

        BigDecimal positionAllowance = BigDecimal.ZERO;
        BigDecimal otherAllowance = BigDecimal.ZERO;
        LocalDate termEnd;
        LocalDate probationUntil;
        String secondedTo;
        int nonCountingOddDays;
        LocalDate aboveCeilingSince;
        Integer careerLevel;
        LocalDate appointedOn;

        static State of(EmploymentVersion v) {
            State s = new State();
            s.org = v.orgCode();
            s.position = v.positionCode();
            s.category = v.staffCategory();
            s.rank = v.rankCode();
            s.step = v.salaryStep();
            s.coefficient = v.coefficient();
            s.stepSince = v.stepSince();
            s.interval = v.stepIntervalMonths();
            s.atTop = v.atTopStep();
            s.delay = v.stepDelayMonths();
            s.aboveCeiling = v.aboveCeilingPct();
            s.title = v.leadershipTitle();
            s.post = v.leadershipPost();
            s.positionAllowance = nz(v.positionAllowance());
            s.otherAllowance = nz(v.otherAllowance());
            s.termEnd = v.termEnd();
            s.probationUntil = v.probationUntil();
            s.secondedTo = v.secondedTo();
            s.nonCountingOddDays = v.nonCountingOddDays();
            s.aboveCeilingSince = v.aboveCeilingSince();
            s.careerLevel = v.careerLevel();
            s.appointedOn = v.appointedOn();
            return s;
        }

        EmploymentVersion version(CareerEvent e) {
            return new EmploymentVersion(
                    null,
                    e.effectiveDate(),
                    null,
                    org,
                    position,
                    category,
                    rank,
                    step,
                    coefficient,
                    stepSince,
                    interval,
                    atTop,
                    delay,
                    aboveCeiling,
                    title,
                    positionAllowance,
                    otherAllowance,
                    termEnd,
                    probationUntil,
                    secondedTo,
                    null,
                    null,
                    e.id(),
                    null,
                    e.decisionNo(),
                    e.decisionDate(),
                    e.issuer(),
                    post,
                    nonCountingOddDays,
                    aboveCeilingSince,
                    careerLevel,
                    appointedOn);
        }
    }
}
