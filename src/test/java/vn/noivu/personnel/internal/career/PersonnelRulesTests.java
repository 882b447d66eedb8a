package vn.noivu.personnel.internal.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.noivu.personnel.Salary;
import vn.noivu.personnel.internal.person.NationalId;
import vn.noivu.platform.calendar.PublicHolidays.DaysOff;
import vn.noivu.platform.web.BusinessRuleException;

/** The salary, retirement, ID-number and career rules, without a database. */
class PersonnelRulesTests {

    static RetirementRoadmap roadmap() {
        List<RetirementRoadmap.Age> ages = new ArrayList<>();
        ages.add(new RetirementRoadmap.Age("M", 1900, 60, 0));
        ages.add(new RetirementRoadmap.Age("F", 1900, 55, 0));
        for (int y = 2021, m = 60 * 12 + 3; y <= 2028; y++, m += 3) {
            ages.add(new RetirementRoadmap.Age("M", y, m / 12, m % 12));
        }
        for (int y = 2021, m = 55 * 12 + 4; y <= 2035; y++, m += 4) {
            ages.add(new RetirementRoadmap.Age("F", y, m / 12, m % 12));
        }
        return new RetirementRoadmap(ages);
    }

    @Test
    void aManBornInMarch1965RetiresAt61Years6MonthsInSeptember2026() {
        var r = roadmap().of(LocalDate.of(1965, 3, 12), "M");
        assertThat(r.ageYears()).isEqualTo(61);
        assertThat(r.ageMonths()).isEqualTo(6);
        assertThat(r.month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(r.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(r.pensionFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(r.noticeDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(r.decisionDate()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aWomanBornInAugust1970RetiresAt57Years4MonthsInDecember2027() {
        var r = roadmap().of(LocalDate.of(1970, 8, 20), "F");
        assertThat(r.ageYears()).isEqualTo(57);
        assertThat(r.ageMonths()).isEqualTo(4);
        assertThat(r.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(r.pensionFrom()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void theRoadmapStartsIn2021AndEndsAt62And60() {
        // Born 1/1961: 60y3m reached in 4/2021 (the first row of NĐ 135/2020 Appendix I).
        assertThat(roadmap().of(LocalDate.of(1961, 1, 5), "M").month()).isEqualTo(YearMonth.of(2021, 4));
        // Born 10/1960: 60 reached in 10/2020 under the old law.
        assertThat(roadmap().of(LocalDate.of(1960, 10, 1), "M").month()).isEqualTo(YearMonth.of(2020, 10));
        assertThat(roadmap().of(LocalDate.of(1980, 6, 1), "M").ageYears()).isEqualTo(62);
        var young = roadmap().of(LocalDate.of(1990, 6, 1), "F");
        assertThat(young.ageYears()).isEqualTo(60);
        assertThat(young.ageMonths()).isZero();
    }

    @Test
    void salaryIsCoefficientTimesBaseSalaryAt2_34Times2_340_000() {
        EmploymentVersion v = version("01.003", 1, "2.34", 0, "0", null);
        Salary s = SalaryCalculator.of(v, 2_340_000, LocalDate.of(2024, 7, 1));
        assertThat(s.amount()).isEqualTo(5_475_600);
        assertThat(SalaryCalculator.of(version("01.002", 1, "4.40", 0, "0", null), 1_800_000, LocalDate.of(2024, 6, 30))
                        .amount())
                .isEqualTo(7_920_000);
    }

    @Test
    void allowancesAndAboveCeilingAndProbationAreAddedAsDocumented() {
        // (4.98 + 0.6) × 2,340,000 + (4.98 + 0.6) × 2,340,000 × 7 % = 13,057,200 + 914,004 = 13,971,204
        Salary top = SalaryCalculator.of(version("01.003", 9, "4.98", 7, "0.60", null), 2_340_000, LocalDate.now());
        assertThat(top.amount()).isEqualTo(13_971_204);
        Salary probation = SalaryCalculator.of(
                version("V.07.05.15", 1, "2.34", 0, "0", LocalDate.of(2027, 1, 1)),
                2_340_000,
                LocalDate.of(2026, 6, 1));
        assertThat(probation.onProbation()).isTrue();
        assertThat(probation.amount()).isEqualTo(4_654_260); // 85 % of 5,475,600
    }

    @Test
    void anIdNumberMustMatchTheProvinceCenturySexAndYearOfBirth() {
        LocalDate born = LocalDate.of(1990, 5, 1);
        assertThat(NationalId.check("001090012345", born, "M")).isEmpty();
        assertThat(NationalId.check("001190012345", born, "F")).isEmpty();
        assertThat(NationalId.check("00109001234", born, "M")).contains(NationalId.Problem.FORMAT);
        assertThat(NationalId.check("003090012345", born, "M")).contains(NationalId.Problem.PROVINCE);
        assertThat(NationalId.check("001190012345", born, "M")).contains(NationalId.Problem.CENTURY_SEX);
        assertThat(NationalId.check("001091012345", born, "M")).contains(NationalId.Problem.YEAR);
        assertThat(NationalId.check("079301012345", LocalDate.of(2001, 1, 1), "F"))
                .isEmpty();
        assertThat(NationalId.mask("001090012345")).isEqualTo("********2345");
    }

    @Test
    void aRegularStepIncreaseComesAfter36MonthsPlusDisciplineDelayAndCorrectionRederivesWhatFollows() {
        CareerHistory history = new CareerHistory(new FakeRules());
        List<CareerEvent> events = new ArrayList<>();
        events.add(event(1, "RECRUITMENT", "2015-01-01", "01.003", null, null));
        events.add(event(2, "STEP_INCREASE", "2018-01-01", null, null, null));
        events.add(event(3, "DISCIPLINE", "2019-06-01", null, null, "REPRIMAND"));
        List<EmploymentVersion> v = history.derive(LocalDate.of(1990, 1, 1), List.of(), events);
        assertThat(v).hasSize(3);
        assertThat(v.get(1).salaryStep()).isEqualTo(2);
        assertThat(v.get(1).coefficient()).isEqualByComparingTo("2.67");
        assertThat(v.get(1).validTo()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(v.get(2).stepDelayMonths()).isEqualTo(6);
        assertThat(v.get(2).stepSince()).isEqualTo(LocalDate.of(2018, 1, 1));

        // Correcting the recruitment to step 2 re-derives the later step increase to step 3.
        events.set(0, event(1, "RECRUITMENT", "2015-01-01", "01.003", 2, null));
        List<EmploymentVersion> corrected = history.derive(LocalDate.of(1990, 1, 1), List.of(), events);
        assertThat(corrected.get(1).salaryStep()).isEqualTo(3);
        assertThat(corrected.get(2).salaryStep()).isEqualTo(3);
    }

    @Test
    void promotionTakesTheLowestStepNotBelowTheCurrentCoefficient() {
        CareerHistory history = new CareerHistory(new FakeRules());
        List<CareerEvent> events = List.of(
                event(1, "RECRUITMENT", "2015-01-01", "01.003", 5, null), // A1 step 5 = 3.66
                event(2, "PROMOTION", "2020-01-01", "01.002", null, null)); // A2.1: 4.40 ≥ 3.66 → step 1
        List<EmploymentVersion> v = history.derive(LocalDate.of(1980, 1, 1), List.of(), events);
        assertThat(v.get(1).rankCode()).isEqualTo("01.002");
        assertThat(v.get(1).salaryStep()).isEqualTo(1);
        assertThat(v.get(1).coefficient()).isEqualByComparingTo("4.40");
        assertThat(v.get(1).stepSince()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void anEventBeforeBirthOrARecruitmentWhileEmployedIsRefused() {
        CareerHistory history = new CareerHistory(new FakeRules());
        assertThatThrownBy(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(event(1, "RECRUITMENT", "1989-01-01", "01.003", null, null))))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("personnel.event.beforeBirth");
        assertThatThrownBy(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(
                                event(1, "RECRUITMENT", "2015-01-01", "01.003", null, null),
                                event(2, "RECRUITMENT", "2016-01-01", "01.003", null, null))))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("personnel.event.overlap");
    }

    @Test
    void retirementEndsEmploymentOnItsEffectiveDate() {
        CareerHistory history = new CareerHistory(new FakeRules());
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1965, 3, 12),
                List.of(),
                List.of(
                        event(1, "RECRUITMENT", "2015-01-01", "01.003", null, null),
                        event(2, "RETIREMENT", "2026-10-01", null, null, null)));
        assertThat(v).hasSize(1);
        assertThat(v.get(0).validTo()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(v.get(0).endReason()).isEqualTo("RETIREMENT");
    }

    @Test
    void aReprimandDelaysACivilServantsNextStepBySixMonthsAndAPublicEmployeesByThree() {
        CareerHistory history = new CareerHistory(new FakeRules());
        for (String category : List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE")) {
            List<EmploymentVersion> v = history.derive(
                    LocalDate.of(1990, 1, 1),
                    List.of(),
                    List.of(
                            recruitment(1, "2022-01-03", category, "01.003"),
                            // a civil servant's step was due 03/01/2025, a public employee's (after 12
                            // months' probation) 03/01/2026: both reprimanded during the step
                            event(2, "DISCIPLINE", "2024-05-10", null, null, "REPRIMAND")));
            EmploymentVersion last = v.get(v.size() - 1);
            if (category.equals("CIVIL_SERVANT")) {
                assertThat(last.stepDelayMonths()).isEqualTo(6);
                assertThat(nextStepDue(last)).isEqualTo(LocalDate.of(2025, 7, 3)); // 03/01/2025 + 6 months
            } else {
                assertThat(last.stepDelayMonths()).isEqualTo(3);
                assertThat(nextStepDue(last)).isEqualTo(LocalDate.of(2026, 4, 3)); // 03/01/2026 + 3 months
            }
        }
    }

    @Test
    void aSalaryReductionForACivilServantDatedAfter1July2025IsRefusedOnTheMeasureWithItsPeriod() {
        CareerHistory history = new CareerHistory(new FakeRules());
        List<EmploymentVersion> before = history.derive(
                LocalDate.of(1980, 1, 1),
                List.of(),
                List.of(
                        recruitment(1, "2015-01-05", "CIVIL_SERVANT", "01.003"),
                        event(2, "DISCIPLINE", "2025-06-30", null, null, "SALARY_REDUCTION")));
        assertThat(before.get(1).stepDelayMonths()).isEqualTo(12);
        BusinessRuleException refused =
                (BusinessRuleException) org.assertj.core.api.Assertions.catchThrowable(() -> history.derive(
                        LocalDate.of(1980, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2015-01-05", "CIVIL_SERVANT", "01.003"),
                                event(2, "DISCIPLINE", "2025-07-01", null, null, "SALARY_REDUCTION"))));
        assertThat(refused.messageKey()).isEqualTo("personnel.event.disciplineNotInForce");
        assertThat(refused.field()).isEqualTo("disciplineCode");
        assertThat(refused.args())
                .contains("SALARY_REDUCTION", "CIVIL_SERVANT", "01/10/2004 – 30/06/2025 (NĐ 172/2025)");
        // and never for a public employee
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1980, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2015-01-05", "PUBLIC_EMPLOYEE", "01.003"),
                                event(2, "DISCIPLINE", "2020-01-01", null, null, "SALARY_REDUCTION")))))
                .isEqualTo("personnel.event.disciplineNotForCategory");
    }

    @Test
    void aYearRatedNotCompletedDelaysTheNextStepBySixMonthsAndOtherRatingsChangeNothing() {
        CareerHistory history = new CareerHistory(new FakeRules());
        // Step 1 of A1 from 05/01/2023: due 05/01/2026. 2024 rated good, 2025 not completed.
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1990, 1, 1),
                List.of(),
                List.of(
                        recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                        rating(2, "2024-12-20", 2024, "GOOD"),
                        rating(3, "2025-12-22", 2025, "NOT_COMPLETED")));
        assertThat(v).hasSize(2); // the good rating leaves the employment as it was
        assertThat(v.get(0).validTo()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(v.get(1).stepDelayMonths()).isEqualTo(6);
        assertThat(nextStepDue(v.get(1))).isEqualTo(LocalDate.of(2026, 7, 5));
        // A rating of 2023 cannot take effect in 2025.
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                                rating(2, "2025-01-10", 2023, "GOOD")))))
                .isEqualTo("personnel.event.ratingYear");
    }

    @Test
    void timeNotCountedMovesTheNextStepByItsWholeMonthsAndTheOddWorkingDaysOfTheStepCountAsAMonthFrom11() {
        CareerHistory history = new CareerHistory(new FakeRules());
        // Step 1 of A1 from 05/01/2023: due 05/01/2026 (36 months).
        // Unpaid leave 03/06/2024 – 16/08/2024: 2 whole months (to 02/08) and 03/08 – 16/08 = 10 working
        // days, under 11: +2 months, due 05/03/2026. Suspension 01/10/2024 – 02/10/2024: 2 working days;
        // the odd days of the step now total 12, from 11 a month: +1, due 05/04/2026 (TT 08/2013/TT-BNV
        // Art. 2(1)(c) as amended by TT 03/2021/TT-BNV).
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1990, 1, 1),
                List.of(),
                List.of(
                        recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                        nonCounting(2, "2024-06-03", "2024-08-16", "UNPAID_LEAVE"),
                        nonCounting(3, "2024-10-01", "2024-10-02", "SUSPENSION")));
        assertThat(v).hasSize(3);
        assertThat(v.get(1).stepDelayMonths()).isEqualTo(2);
        assertThat(v.get(1).nonCountingOddDays()).isEqualTo(10);
        assertThat(nextStepDue(v.get(1))).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(v.get(2).stepDelayMonths()).isEqualTo(3);
        assertThat(v.get(2).nonCountingOddDays()).isEqualTo(12);
        assertThat(nextStepDue(v.get(2))).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(NonCountingTime.of(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 8, 16)))
                .isEqualTo(new NonCountingTime(2, 10));

        // The step increase on the moved date starts a new step without delays.
        List<EmploymentVersion> after = history.derive(
                LocalDate.of(1990, 1, 1),
                List.of(),
                List.of(
                        recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                        nonCounting(2, "2024-06-03", "2024-08-16", "UNPAID_LEAVE"),
                        nonCounting(3, "2024-10-01", "2024-10-02", "SUSPENSION"),
                        event(4, "STEP_INCREASE", "2026-04-05", null, null, null)));
        EmploymentVersion stepTwo = after.get(after.size() - 1);
        assertThat(stepTwo.salaryStep()).isEqualTo(2);
        assertThat(stepTwo.stepDelayMonths()).isZero();
        assertThat(stepTwo.nonCountingOddDays()).isZero();

        // A period that ends before it starts, or without one of the law's reasons, is refused.
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                                nonCounting(2, "2024-06-03", "2024-06-01", "UNPAID_LEAVE")))))
                .isEqualTo("personnel.event.periodToRequired");
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                                nonCounting(2, "2024-06-03", "2024-06-10", "HOLIDAY")))))
                .isEqualTo("personnel.event.reasonRequired");
    }

    @Test
    void aPublicHolidayInTheOddDaysOfTimeNotCountedKeepsThemUnder11WorkingDays() {
        // Unpaid leave 08/04/2024 – 22/04/2024: no whole month, 11 days Monday to Friday — a month by the
        // 11-day rule — but Giỗ Tổ Hùng Vương (10/3 âm lịch = Thursday 18/04/2024) is a paid holiday
        // (Bộ luật Lao động 2019 Art. 112(1)(e)), not a working day: 10 working days, under 11, nothing.
        // Step 1 of A1 from 05/01/2023 stays due 05/01/2026 instead of 05/02/2026.
        List<CareerEvent> events = List.of(
                recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                nonCounting(2, "2024-04-08", "2024-04-22", "UNPAID_LEAVE"));
        EmploymentVersion weekdaysOnly =
                last(new CareerHistory(new FakeRules()).derive(LocalDate.of(1990, 1, 1), List.of(), events));
        assertThat(weekdaysOnly.nonCountingOddDays()).isEqualTo(11);
        assertThat(nextStepDue(weekdaysOnly)).isEqualTo(LocalDate.of(2026, 2, 5));

        FakeRules withHolidays = new FakeRules() {
            @Override
            public DaysOff workCalendar(LocalDate first, LocalDate last) {
                return new DaysOff(java.util.Set.of(LocalDate.of(2024, 4, 18)), java.util.Set.of());
            }
        };
        EmploymentVersion withGioTo =
                last(new CareerHistory(withHolidays).derive(LocalDate.of(1990, 1, 1), List.of(), events));
        assertThat(withGioTo.nonCountingOddDays()).isEqualTo(10);
        assertThat(withGioTo.stepDelayMonths()).isZero();
        assertThat(nextStepDue(withGioTo)).isEqualTo(LocalDate.of(2026, 1, 5));

        // A Saturday worked in a swap (10/01/2026 for Friday 02/01/2026) is a working day, the Friday is not.
        DaysOff swap2026 = new DaysOff(
                java.util.Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)),
                java.util.Set.of(LocalDate.of(2026, 1, 10)));
        assertThat(NonCountingTime.of(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 11), swap2026))
                .isEqualTo(new NonCountingTime(0, 9));
    }

    @Test
    void theCommandBuilderLeavesUnnamedFieldsEmptyLikeTheFullConstructor() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        EventCommand built = EventCommand.of("APPOINTMENT", d)
                .position("LD-TP")
                .title("Trưởng phòng")
                .post("DIVISION_HEAD")
                .termMonths(60)
                .decision("5/QĐ-BN", d.minusDays(7), "UBND")
                .build();
        assertThat(built)
                .isEqualTo(new EventCommand(
                        "APPOINTMENT",
                        d,
                        null,
                        "LD-TP",
                        null,
                        null,
                        null,
                        "Trưởng phòng",
                        null,
                        null,
                        null,
                        60,
                        null,
                        "5/QĐ-BN",
                        d.minusDays(7),
                        "UBND",
                        null,
                        null,
                        "DIVISION_HEAD",
                        null,
                        null,
                        null));
        assertThat(EventCommand.of("NON_COUNTING_PERIOD", d)
                        .period(d.plusDays(9), "UNPAID_LEAVE")
                        .decision("1/QĐ", d, "UBND")
                        .build())
                .extracting(EventCommand::periodTo, EventCommand::reason, EventCommand::orgCode)
                .containsExactly(d.plusDays(9), "UNPAID_LEAVE", null);
    }

    @Test
    void theAppointmentDateCarriesThroughLaterVersionsUntilThePostEnds() {
        CareerHistory history = new CareerHistory(new FakeRules());
        CareerEvent appointment = event(2, "APPOINTMENT", "2021-10-01", null, null, null);
        appointment = new CareerEvent(
                appointment.id(),
                appointment.personId(),
                appointment.kind(),
                appointment.effectiveDate(),
                null,
                null,
                null,
                null,
                null,
                "Trưởng phòng",
                null,
                null,
                null,
                60,
                null,
                appointment.decisionNo(),
                appointment.decisionDate(),
                appointment.issuer(),
                "ACTIVE",
                null,
                "test",
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1980, 1, 1),
                List.of(),
                List.of(
                        recruitment(1, "2020-01-06", "CIVIL_SERVANT", "01.003"),
                        appointment,
                        event(3, "STEP_INCREASE", "2023-01-06", null, null, null),
                        event(4, "REAPPOINTMENT", "2026-10-01", null, null, null),
                        event(5, "DISCIPLINE", "2027-03-01", null, null, "DISMISSAL_FROM_POST")));
        assertThat(v)
                .extracting(EmploymentVersion::appointedOn)
                .containsExactly(
                        null, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 1), null);
        // The reappointment starts a new term; the post is still the one appointed on 01/10/2021.
        assertThat(v.get(3).termEnd()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(v.get(4).leadershipTitle()).isNull();
    }

    static EmploymentVersion last(List<EmploymentVersion> versions) {
        return versions.get(versions.size() - 1);
    }

    @Test
    void theAboveCeilingAllowanceStartsOnItsDayAndAFailedYearDelaysTheNextPercentLikeAStep() {
        CareerHistory history = new CareerHistory(new FakeRules());
        // At the last step of A1 (9, 4.98) from 01/01/2020: 5 % due after the 36 months, on 01/01/2023;
        // then +1 % every 12 months, 2023 rated NOT_COMPLETED: 6 % due 01/07/2024, not 01/01/2024.
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1970, 1, 1),
                List.of(),
                List.of(
                        event(1, "RECRUITMENT", "2020-01-01", "01.003", 9, null),
                        event(2, "STEP_INCREASE", "2023-01-01", null, null, null),
                        rating(3, "2023-12-20", 2023, "NOT_COMPLETED"),
                        event(4, "STEP_INCREASE", "2024-07-01", null, null, null),
                        event(5, "PROMOTION", "2025-01-01", "01.002", null, null)));
        assertThat(v.get(0).atTopStep()).isTrue();
        assertThat(v.get(0).aboveCeilingPct()).isZero();
        assertThat(nextStepDue(v.get(0))).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(v.get(1).aboveCeilingPct()).isEqualTo(5);
        assertThat(v.get(1).aboveCeilingSince()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(nextAboveCeilingDue(v.get(2))).isEqualTo(LocalDate.of(2024, 7, 1));
        EmploymentVersion six = v.get(3);
        assertThat(six.aboveCeilingPct()).isEqualTo(6);
        assertThat(six.aboveCeilingSince()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(six.stepDelayMonths()).isZero();
        // 4.98 × 2,340,000 = 11,653,200; × 6 % = 699,192; total 12,352,392.
        Salary s = SalaryCalculator.of(six, 2_340_000, LocalDate.of(2024, 12, 31));
        assertThat(s.aboveCeilingPct()).isEqualTo(6);
        assertThat(s.aboveCeilingSince()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(s.aboveCeilingAmount()).isEqualTo(699_192);
        assertThat(s.amount()).isEqualTo(12_352_392);
        // A promotion places the person with the allowance counted in (4.98 × 1.06 = 5.2788 → A2.1 step 4,
        // 5.42) and ends it.
        EmploymentVersion promoted = v.get(4);
        assertThat(promoted.aboveCeilingPct()).isZero();
        assertThat(promoted.aboveCeilingSince()).isNull();
        assertThat(promoted.coefficient()).isEqualByComparingTo("5.42");
    }

    @Test
    void aChangeOfCareerLevelIsRefusedBeforeTheLevelsOrOutsideThePositionAndPaysOnTheLevelsCategory() {
        CareerHistory history = new CareerHistory(new FakeRules());
        CareerEvent doctor =
                with(recruitment(1, "2023-01-05", "PUBLIC_EMPLOYEE", "V.08.01.03"), null, null, null, "BS");
        // Before 01/07/2026 there are no levels (NĐ 232/2026/NĐ-CP in force from that day).
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1995, 1, 1), List.of(), List.of(doctor, levelChange(2, "2026-06-30", 4)))))
                .isEqualTo("personnel.event.levelNotInForce");
        // Bác sĩ uses levels 3–5 (Phụ lục II): level 2 is refused.
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1995, 1, 1), List.of(), List.of(doctor, levelChange(2, "2026-07-01", 2)))))
                .isEqualTo("personnel.event.levelOutsidePosition");
        // A civil servant has no career level.
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1995, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2023-01-05", "CIVIL_SERVANT", "01.003"),
                                levelChange(2, "2026-07-01", 3)))))
                .isEqualTo("personnel.event.levelOnlyPublicEmployee");
        // A title on category C has no level (NĐ 232/2026 Art. 18(2)).
        assertThat(refusal(() -> history.derive(
                        LocalDate.of(1995, 1, 1),
                        List.of(),
                        List.of(
                                recruitment(1, "2023-01-05", "PUBLIC_EMPLOYEE", "01.005"),
                                levelChange(2, "2026-07-01", 3)))))
                .isEqualTo("personnel.event.levelNotForTitle");

        // Level 4 on 01/07/2026: paid on A2.1 (Art. 7(3)) at the lowest step not below 2.34 — step 1,
        // 4.40; the gain reaches a step of A1, so the step date starts again; the next step is on A2.1.
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1995, 1, 1),
                List.of(),
                List.of(
                        doctor,
                        levelChange(2, "2026-07-01", 4),
                        event(3, "STEP_INCREASE", "2029-07-01", null, null, null)));
        EmploymentVersion level4 = v.get(1);
        assertThat(level4.careerLevel()).isEqualTo(4);
        assertThat(level4.coefficient()).isEqualByComparingTo("4.40");
        assertThat(level4.stepSince()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(level4.rankCode()).isEqualTo("V.08.01.03");
        assertThat(v.get(2).coefficient()).isEqualByComparingTo("4.74");
        assertThat(v.get(2).careerLevel()).isEqualTo(4);
    }

    /** The next above-ceiling percent as personnel.next_step_due() computes it: 12 months + delays. */
    static LocalDate nextAboveCeilingDue(EmploymentVersion v) {
        return v.stepSince().plusMonths(12 + v.stepDelayMonths());
    }

    @Test
    void aDoctorsProbationLastsNineMonthsAndDoesNotCountTowardTheNextStep() {
        CareerHistory history = new CareerHistory(new FakeRules());
        // Recruited 01/06/2026 as Bác sĩ (hạng III): probation to 01/03/2027 (NĐ 115/2020 Art. 21(2)(a)),
        // the 36 months of A1 counted from then: step 2 due 01/03/2030, not 01/06/2029.
        List<EmploymentVersion> v = history.derive(
                LocalDate.of(1998, 4, 2),
                List.of(),
                List.of(recruitment(1, "2026-06-01", "PUBLIC_EMPLOYEE", "V.08.01.03")));
        assertThat(v.get(0).probationUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(v.get(0).stepSince()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(nextStepDue(v.get(0))).isEqualTo(LocalDate.of(2030, 3, 1));
        // A probation that ends later (recorded by its end) starts the step clock on that day.
        List<EmploymentVersion> later = history.derive(
                LocalDate.of(1998, 4, 2),
                List.of(),
                List.of(
                        recruitment(1, "2026-06-01", "PUBLIC_EMPLOYEE", "V.08.01.03"),
                        event(2, "PROBATION_END", "2027-04-15", null, null, null)));
        assertThat(later.get(1).probationUntil()).isNull();
        assertThat(nextStepDue(later.get(1))).isEqualTo(LocalDate.of(2030, 4, 15));
        // A civil servant has no probation: the clock starts at recruitment.
        assertThat(history.derive(
                                LocalDate.of(1998, 4, 2),
                                List.of(),
                                List.of(recruitment(1, "2026-06-01", "CIVIL_SERVANT", "01.003")))
                        .get(0)
                        .stepSince())
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aCommuneOfficialIsRefusedOnOrAfter1July2025() {
        CareerHistory history = new CareerHistory(new FakeRules());
        assertThat(history.derive(
                                LocalDate.of(1990, 1, 1),
                                List.of(),
                                List.of(recruitment(1, "2025-06-30", "COMMUNE_OFFICIAL", "01.003")))
                        .get(0)
                        .staffCategory())
                .isEqualTo("COMMUNE_OFFICIAL");
        BusinessRuleException refused =
                (BusinessRuleException) org.assertj.core.api.Assertions.catchThrowable(() -> history.derive(
                        LocalDate.of(1990, 1, 1),
                        List.of(),
                        List.of(recruitment(1, "2025-07-01", "COMMUNE_OFFICIAL", "01.003"))));
        assertThat(refused.messageKey()).isEqualTo("personnel.event.categoryEnded");
        assertThat(refused.field()).isEqualTo("staffCategory");
        assertThat(StaffCategory.COMMUNE_OFFICIAL.staffingCategory(null, LocalDate.of(2026, 12, 31)))
                .isEqualTo("CIVIL_SERVANT");
        assertThat(StaffCategory.COMMUNE_OFFICIAL.staffingCategory(null, LocalDate.of(2024, 12, 31)))
                .isEqualTo("COMMUNE_OFFICIAL");
    }

    static CareerEvent event(long id, String kind, String date, String rank, Integer step, String discipline) {
        String category = kind.equals("RECRUITMENT") ? "CIVIL_SERVANT" : null;
        return event(id, kind, date, category, rank, step, discipline, null, null);
    }

    /** A recruitment of {@code category} on {@code rank} at step 1. */
    static CareerEvent recruitment(long id, String date, String category, String rank) {
        return event(id, "RECRUITMENT", date, category, rank, null, null, null, null);
    }

    /** The annual rating of {@code year}, effective on {@code date}. */
    static CareerEvent rating(long id, String date, int year, String rating) {
        return event(id, "EVALUATION", date, null, null, null, null, year, rating);
    }

    /** The one place that fills a career event's many fields; a recruitment is into "ORG". */
    private static CareerEvent event(
            long id,
            String kind,
            String date,
            String category,
            String rank,
            Integer step,
            String discipline,
            Integer year,
            String rating) {
        return new CareerEvent(
                id,
                1,
                kind,
                LocalDate.parse(date),
                kind.equals("RECRUITMENT") ? "ORG" : null,
                null,
                category,
                rank,
                step,
                null,
                null,
                null,
                discipline,
                null,
                null,
                "1/QĐ",
                LocalDate.parse(date),
                "UBND",
                "ACTIVE",
                null,
                "test",
                year,
                rating,
                null,
                null,
                null,
                null,
                null);
    }

    /** A period not counted toward the step, from {@code first} to {@code last} (both included). */
    static CareerEvent nonCounting(long id, String first, String last, String reason) {
        CareerEvent e = event(id, "NON_COUNTING_PERIOD", first, null, null, null, null, null, null);
        return with(e, LocalDate.parse(last), reason, null, null);
    }

    /** A change of career level on {@code date}. */
    static CareerEvent levelChange(long id, String date, int level) {
        return with(
                event(id, "CAREER_LEVEL_CHANGE", date, null, null, null, null, null, null), null, null, level, null);
    }

    /** The event with the fields of a non-counting period or a career level, and a position. */
    static CareerEvent with(CareerEvent e, LocalDate periodTo, String reason, Integer level, String position) {
        return new CareerEvent(
                e.id(),
                e.personId(),
                e.kind(),
                e.effectiveDate(),
                e.orgCode(),
                position == null ? e.positionCode() : position,
                e.staffCategory(),
                e.rankCode(),
                e.salaryStep(),
                e.leadershipTitle(),
                e.positionAllowance(),
                e.otherAllowance(),
                e.disciplineCode(),
                e.termMonths(),
                e.note(),
                e.decisionNo(),
                e.decisionDate(),
                e.issuer(),
                e.status(),
                e.replacesId(),
                e.recordedBy(),
                e.evaluationYear(),
                e.rating(),
                e.leadershipPost(),
                periodTo,
                reason,
                level,
                null);
    }

    /** The next regular step date as personnel.next_step_due() computes it (below the top step). */
    static LocalDate nextStepDue(EmploymentVersion v) {
        return v.stepSince().plusMonths(v.stepIntervalMonths() + v.stepDelayMonths());
    }

    static String refusal(Runnable r) {
        try {
            r.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    static EmploymentVersion version(
            String rank,
            int step,
            String coefficient,
            int aboveCeiling,
            String positionAllowance,
            LocalDate probation) {
        return new EmploymentVersion(
                1L,
                LocalDate.of(2020, 1, 1),
                null,
                "ORG",
                null,
                "CIVIL_SERVANT",
                rank,
                step,
                new BigDecimal(coefficient),
                LocalDate.of(2020, 1, 1),
                36,
                false,
                0,
                aboveCeiling,
                null,
                new BigDecimal(positionAllowance),
                BigDecimal.ZERO,
                null,
                probation,
                null,
                null,
                null,
                1L,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null);
    }

    /**
     * A1 (01.003, and the doctor's title V.08.01.03 with its 9 months' probation) and A2.1 (01.002) of
     * NĐ 204/2004, one unit ORG, and the discipline rules of personnel/discipline-rules.csv that the
     * tests use.
     */
    static class FakeRules implements CareerRules {
        @Override
        public Optional<Scale> scaleOfRank(String rankCode, LocalDate date) {
            return switch (rankCode) {
                case "01.003" -> Optional.of(new Scale("A1", 9, 36, 12));
                case "V.08.01.03" -> Optional.of(new Scale("A1", 9, 36, 9));
                case "01.002" -> Optional.of(new Scale("A2.1", 8, 36, 12));
                case "01.005" -> Optional.of(new Scale("C1", 12, 24, 6));
                default -> Optional.empty();
            };
        }

        /** Levels 3 (A1) and 4 (A2.1) from 01/07/2026, NĐ 232/2026 Art. 7(3). */
        @Override
        public Optional<Scale> careerLevelScale(int level, LocalDate date) {
            if (date.isBefore(LocalDate.of(2026, 7, 1))) {
                return Optional.empty();
            }
            return switch (level) {
                case 2 -> Optional.of(new Scale("A0", 10, 36, 9));
                case 3 -> Optional.of(new Scale("A1", 9, 36, 12));
                case 4 -> Optional.of(new Scale("A2.1", 8, 36, 12));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<Integer> titleLevel(String rankCode, LocalDate date) {
            if (date.isBefore(LocalDate.of(2026, 7, 1))) {
                return Optional.empty();
            }
            return switch (rankCode) {
                case "01.003", "V.08.01.03" -> Optional.of(3);
                case "01.002" -> Optional.of(4);
                default -> Optional.empty();
            };
        }

        /** Position BS (bác sĩ) uses levels 3–5, as in NĐ 232/2026 Phụ lục II. */
        @Override
        public Optional<LevelRange> positionLevels(String orgCode, String positionCode, LocalDate date) {
            return "BS".equals(positionCode) ? Optional.of(new LevelRange(3, 5, "Phụ lục II")) : Optional.empty();
        }

        @Override
        public Optional<BigDecimal> coefficient(String scaleCode, int step, LocalDate date) {
            return switch (scaleCode) {
                case "A1" ->
                    step <= 9
                            ? Optional.of(new BigDecimal("2.34")
                                    .add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(step - 1))))
                            : Optional.empty();
                case "C1" ->
                    step <= 12
                            ? Optional.of(new BigDecimal("1.65")
                                    .add(new BigDecimal("0.18").multiply(BigDecimal.valueOf(step - 1))))
                            : Optional.empty();
                case "A2.1" ->
                    step <= 8
                            ? Optional.of(new BigDecimal("4.40")
                                    .add(new BigDecimal("0.34").multiply(BigDecimal.valueOf(step - 1))))
                            : Optional.empty();
                default -> Optional.empty();
            };
        }

        @Override
        public boolean positionExists(String orgCode, String positionCode, LocalDate date) {
            return true;
        }

        @Override
        public boolean orgExists(String orgCode, LocalDate date) {
            return "ORG".equals(orgCode);
        }

        @Override
        public List<Discipline> discipline(String code) {
            LocalDate start = LocalDate.of(2004, 10, 1);
            LocalDate tt03 = LocalDate.of(2021, 8, 15);
            LocalDate reform = LocalDate.of(2025, 7, 1);
            return switch (code) {
                case "REPRIMAND" ->
                    List.of(
                            new Discipline(code, "CIVIL_SERVANT", start, null, 6, false, false, "TT 03/2021"),
                            new Discipline(code, "PUBLIC_EMPLOYEE", start, tt03, 6, false, false, "TT 08/2013"),
                            new Discipline(code, "PUBLIC_EMPLOYEE", tt03, null, 3, false, false, "TT 03/2021"));
                case "SALARY_REDUCTION" ->
                    List.of(new Discipline(code, "CIVIL_SERVANT", start, reform, 12, false, false, "NĐ 172/2025"));
                case "DISMISSAL_FROM_POST" ->
                    List.of(new Discipline(code, "CIVIL_SERVANT", start, null, 12, true, false, "TT 03/2021"));
                default -> List.of();
            };
        }
    }
}
