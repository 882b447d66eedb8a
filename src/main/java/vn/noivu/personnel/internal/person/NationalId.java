package vn.noivu.personnel.internal.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân, TT 59/2021/TT-BCA Art. 7;
 * DOMAIN §9): digits 1–3 the province (or country) code of the birth registration, digit 4 the
 * century and sex (0/1 = 20th century man/woman, 2/3 = 21st, 4/5 = 22nd, …), digits 5–6 the last two
 * digits of the year of birth, digits 7–12 a random number. The value never leaves this class
 * unmasked except to roles allowed to see it, and never goes to URLs or logs.
 */
public final class NationalId {

    /**
     * Codes of the place of birth registration: the 63 provinces as numbered by the statistics office
     * before the 2025 merger (001–096 with gaps, TT 59/2021/TT-BCA appendix). Numbers already issued
     * keep their code after a merger.
     */
    public static final Set<Integer> PROVINCE_CODES = Set.of(
            1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
            44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
            87, 89, 91, 92, 93, 94, 95, 96);

    /** Why a number is refused; each has a message key {@code personnel.nationalId.<name>}. */
    public enum Problem {
        FORMAT,
        PROVINCE,
        CENTURY_SEX,
        YEAR
    }

    private NationalId() {}

    /** The first problem of {@code id} for a person born on {@code birthDate} of sex {@code sex} (M/F). */
    public static Optional<Problem> check(String id, LocalDate birthDate, String sex) {
        if (id == null || id.length() != 12 || !digitsOnly(id)) {
            return Optional.of(Problem.FORMAT);
        }
        if (!PROVINCE_CODES.contains(number(id, 0, 3))) {
            return Optional.of(Problem.PROVINCE);
        }
        if (birthDate == null || sex == null) {
            return Optional.empty();
        }
        int digit = id.charAt(3) - '0';
        int expected = centurySexDigit(birthDate.getYear(), sex);
        if (digit != expected) {
            return Optional.of(Problem.CENTURY_SEX);
        }
        if (number(id, 4, 6) != birthDate.getYear() % 100) {
            return Optional.of(Problem.YEAR);
        }
        return Optional.empty();
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    /** The 4th digit for a person born in {@code year} of sex {@code sex}. */
    public static int centurySexDigit(int year, String sex) {
        // 1900–1999 give 0 (men) / 1 (women), 2000–2099 give 2 / 3, and so on.
        return 2 * (year / 100 - 19) + ("F".equals(sex) ? 1 : 0);
    }

    /** The number with all but its last four digits hidden, for roles not allowed to see it. */
    public static String mask(String id) {
        if (id == null || id.length() < 4) {
            return id;
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
