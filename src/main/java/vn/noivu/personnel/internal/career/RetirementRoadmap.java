package vn.noivu.personnel.internal.career;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Retirement age under normal working conditions (Labour Code 2019 Art. 169(2), NĐ 135/2020/NĐ-CP
 * Art. 4): a table of ages by the calendar year in which the age is reached. A person retires in the
 * first year Y in which the month of birth plus the age of year Y falls no later than December of Y;
 * the retirement takes effect at the end of that month and the pension starts the month after
 * (NĐ 135/2020 Art. 3(1)–(2)). The table is a catalogue ({@code personnel.retirement_age}), not code.
 */
public final class RetirementRoadmap {

    /** From {@code fromYear} on (until the next row), the age is {@code years} years {@code months} months. */
    public record Age(String sex, int fromYear, int years, int months) {
        int totalMonths() {
            return years * 12 + months;
        }
    }

    /** When a person retires: the age, the month it is reached, its last day, and the pension start. */
    public record Retirement(int ageYears, int ageMonths, YearMonth month, LocalDate lastDay, LocalDate pensionFrom) {

        /**
         * The notice to the person is due six months before, the decision three months before (civil
         * servants: NĐ 170/2025/NĐ-CP Art. 62–63).
         */
        public LocalDate noticeDate() {
            return lastDay.plusDays(1).minusMonths(6);
        }

        public LocalDate decisionDate() {
            return lastDay.plusDays(1).minusMonths(3);
        }
    }

    private final List<Age> ages;

    public RetirementRoadmap(List<Age> ages) {
        this.ages = ages.stream()
                .sorted(Comparator.comparing(Age::sex).thenComparing(Age::fromYear))
                .toList();
    }

    public Retirement of(LocalDate birthDate, String sex) {
        YearMonth birth = YearMonth.from(birthDate);
        for (int year = birth.getYear() + 40; year <= birth.getYear() + 80; year++) {
            Age age = ageIn(sex, year);
            YearMonth reached = birth.plusMonths(age.totalMonths());
            if (reached.getYear() <= year) {
                LocalDate lastDay = reached.atEndOfMonth();
                return new Retirement(age.years(), age.months(), reached, lastDay, lastDay.plusDays(1));
            }
        }
        throw new IllegalStateException("retirement roadmap has no age for sex " + sex);
    }

    /** The age in force in {@code year} for {@code sex}: the last row starting at or before it. */
    Age ageIn(String sex, int year) {
        Age found = null;
        for (Age age : ages) {
            if (age.sex().equals(sex) && age.fromYear() <= year) {
                found = age;
            }
        }
        if (found == null) {
            throw new IllegalStateException("retirement roadmap has no age for " + sex + " in " + year);
        }
        return found;
    }
}
