package vn.noivu.personnel.internal.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.noivu.personnel.internal.career.StaffCategory;
import vn.noivu.personnel.internal.person.NationalId;
import vn.noivu.platform.security.UserScope;

/**
 * Checks each row of a personnel import on its own and against the reference catalogues held in
 * memory: formats, the ID number against the date of birth and sex, duplicates within the file, the
 * unit (in force on the start date and inside the importer's scope), the rank or title and its step,
 * the job position, dates. What needs the existing dossiers is checked afterwards, set-based, in SQL.
 */
public final class ImportRowChecker {

    static final List<String> REQUIRED = List.of(
            "national_id",
            "full_name",
            "birth_date",
            "sex",
            "org_code",
            "staff_category",
            "rank_code",
            "salary_step",
            "position_code",
            "valid_from");
    static final List<String> OPTIONAL = List.of(
            "step_since",
            "leadership_title",
            "position_allowance",
            "decision_no",
            "decision_date",
            "issuer",
            "appointed_on",
            "term_months",
            "leadership_post",
            "above_ceiling_pct",
            "above_ceiling_since");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2})?");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** The longest full name kept (the people API has the same limit). */
    static final int MAX_NAME = 200;

    /** The longest other cell: codes, titles, decision numbers, issuers. */
    static final int MAX_TEXT = 500;

    /** Dates of a dossier lie in this range (a birth in 1900, a decision or a term up to 2100). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private final ImportCatalogue catalogue;
    private final UserScope scope;
    private final LocalDate today;
    private final int[] required;
    private final int[] optional;
    /** {@link #required} then {@link #optional}: the columns whose length is checked. */
    private final int[] known;

    private static final List<String> KNOWN =
            java.util.stream.Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();
    private final LongIntMap seen = new LongIntMap(1 << 16);

    /** Whether each unit met is in the importing user's scope: a file names a few thousand units. */
    private final Map<ImportCatalogue.Unit, Boolean> unitInScope = new HashMap<>();

    ImportRowChecker(List<String> headers, ImportCatalogue catalogue, UserScope scope, LocalDate today) {
        this.catalogue = catalogue;
        this.scope = scope;
        this.today = today;
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            at.putIfAbsent(headers.get(i), i);
        }
        this.required = REQUIRED.stream().mapToInt(h -> at.getOrDefault(h, -1)).toArray();
        this.optional = OPTIONAL.stream().mapToInt(h -> at.getOrDefault(h, -1)).toArray();
        this.known = KNOWN.stream().mapToInt(h -> at.getOrDefault(h, -1)).toArray();
    }

    /** The first column name the header repeats, or null. */
    static String duplicateColumn(List<String> headers) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String h : headers) {
            if (!h.isEmpty() && !seen.add(h)) {
                return h;
            }
        }
        return null;
    }

    /** The required columns the file lacks. */
    static List<String> missing(List<String> headers) {
        return REQUIRED.stream().filter(h -> !headers.contains(h)).toList();
    }

    /** The checked row, or null when it has problems (added to {@code problems}). */
    ImportedRow check(ImportRows.Row row, ImportProblems problems) {
        int before = problems.count();
        String[] v = row.cells();
        int n = row.number();
        // Columns the file has besides these are not read, whatever their length.
        for (int i = 0; i < known.length; i++) {
            if (known[i] >= 0 && i != 1 && cell(v, known[i]).length() > MAX_TEXT) {
                problems.add(n, KNOWN.get(i), "personnel.import.tooLong", MAX_TEXT);
            }
        }
        String nationalId = cell(v, required[0]);
        String fullName = cell(v, required[1]);
        if (hasRunOfSpaces(fullName)) {
            fullName = SPACES.matcher(fullName).replaceAll(" ");
        }
        LocalDate birth = date(cell(v, required[2]), n, "birth_date", problems);
        String sexText = cell(v, required[3]);
        String sex = sex(sexText);
        String org = cell(v, required[4]);
        String category = cell(v, required[5]);
        String rank = cell(v, required[6]);
        if (catalogue.labels != null) {
            // "Công chức" as well as CIVIL_SERVANT; a rank's name as well as its code.
            category = catalogue.labels.category(category);
            rank = catalogue.labels.rank(rank);
        }
        String stepText = cell(v, required[7]);
        String position = cell(v, required[8]);
        LocalDate validFrom = date(cell(v, required[9]), n, "valid_from", problems);
        if (fullName.isEmpty()) {
            problems.add(n, "full_name", "personnel.import.required");
        } else if (fullName.length() > MAX_NAME) {
            problems.add(n, "full_name", "personnel.import.tooLong", MAX_NAME);
        } else if (!hasLetter(fullName)) {
            problems.add(n, "full_name", "personnel.import.noLetter");
        }
        if (sex == null) {
            problems.add(n, "sex", "personnel.import.badSex", sexText);
        }
        if (org.isEmpty()) {
            problems.add(n, "org_code", "personnel.import.required");
        }
        if (!StaffCategory.isValid(category)) {
            problems.add(n, "staff_category", "personnel.import.badCategory", category);
        }
        if (cell(v, required[9]).isEmpty()) {
            problems.add(n, "valid_from", "personnel.import.required");
        }
        if (cell(v, required[2]).isEmpty()) {
            problems.add(n, "birth_date", "personnel.import.required");
        }
        Integer step = null;
        if (!stepText.isEmpty()) {
            step = smallNumber(stepText);
            if (step == null) {
                problems.add(n, "salary_step", "personnel.import.badStep", stepText);
            }
        }
        if (!rank.isEmpty() && stepText.isEmpty()) {
            problems.add(n, "salary_step", "personnel.import.stepRequired");
        }
        var idProblem = NationalId.check(nationalId, birth, sex);
        if (idProblem.isPresent()) {
            problems.add(
                    n, "national_id", "personnel.nationalId." + idProblem.get().name());
        } else {
            int first = seen.putIfAbsent(Long.parseLong(nationalId), n);
            if (first != 0) {
                problems.add(n, "national_id", "personnel.import.duplicateInFile", first);
            }
        }
        if (birth != null && birth.isAfter(today)) {
            problems.add(n, "birth_date", "personnel.person.birthInFuture");
        }
        LocalDate stepSince = optionalDate(v, optional[0], n, "step_since", problems);
        String leadership = optionalText(v, optional[1]);
        BigDecimal allowance = null;
        String allowanceText = optional[2] < 0 ? "" : cell(v, optional[2]).replace(',', '.');
        if (!allowanceText.isEmpty()) {
            if (DECIMAL.matcher(allowanceText).matches()) {
                allowance = new BigDecimal(allowanceText);
            } else {
                problems.add(n, "position_allowance", "personnel.import.badNumber", allowanceText);
            }
        }
        String decisionNo = optionalText(v, optional[3]);
        LocalDate decisionDate = optionalDate(v, optional[4], n, "decision_date", problems);
        String issuer = optionalText(v, optional[5]);
        LocalDate appointedOn = optionalDate(v, optional[6], n, "appointed_on", problems);
        Integer termMonths = optionalNumber(v, optional[7], n, "term_months", 1, 120, problems);
        String post = optionalText(v, optional[8]);
        Integer aboveCeiling = optionalNumber(v, optional[9], n, "above_ceiling_pct", 5, 99, problems);
        LocalDate aboveCeilingSince = optionalDate(v, optional[10], n, "above_ceiling_since", problems);
        boolean leads = leadership != null || post != null;
        if (!leads && appointedOn != null) {
            problems.add(n, "appointed_on", "personnel.import.appointmentWithoutPost");
        }
        if (!leads && termMonths != null) {
            problems.add(n, "term_months", "personnel.import.appointmentWithoutPost");
        }
        if (appointedOn != null && validFrom != null && appointedOn.isAfter(validFrom)) {
            problems.add(
                    n,
                    "appointed_on",
                    "personnel.import.appointedAfterStart",
                    appointedOn.toString(),
                    validFrom.toString());
        }
        if (appointedOn != null && birth != null && appointedOn.isBefore(birth)) {
            problems.add(
                    n,
                    "appointed_on",
                    "personnel.import.appointedBeforeBirth",
                    appointedOn.toString(),
                    birth.toString());
        }
        if (post != null && allowance != null) {
            // The allowance of a post is the catalogue's on the date, never a typed figure.
            problems.add(n, "position_allowance", "personnel.import.allowanceOfPost", post);
        }
        if (aboveCeiling != null && aboveCeilingSince == null) {
            problems.add(n, "above_ceiling_since", "personnel.import.required");
        }
        if (aboveCeiling == null && aboveCeilingSince != null) {
            problems.add(n, "above_ceiling_pct", "personnel.import.required");
        }
        if (aboveCeilingSince != null && validFrom != null && aboveCeilingSince.isAfter(validFrom)) {
            problems.add(
                    n,
                    "above_ceiling_since",
                    "personnel.import.aboveCeilingAfterStart",
                    aboveCeilingSince.toString(),
                    validFrom.toString());
        }
        if (aboveCeilingSince != null && stepSince != null && !aboveCeilingSince.equals(stepSince)) {
            // Both set the step clock: two dates would leave the next increment a guess.
            problems.add(n, "step_since", "personnel.import.stepSinceAndAboveCeiling");
        }

        // Against the catalogues, on the start date of the version.
        ImportCatalogue.Unit unit = org.isEmpty() ? null : catalogue.unit(org);
        if (!org.isEmpty() && validFrom != null) {
            if (unit == null || !unit.inForceOn(validFrom)) {
                problems.add(n, "org_code", "personnel.import.unknownOrg", org, validFrom.toString());
            } else if (!inScope(unit)) {
                problems.add(n, "org_code", "personnel.import.orgOutOfScope", org);
            }
        }
        String scaleCode = null;
        ImportCatalogue.Scale scale = null;
        BigDecimal coefficient = null;
        if (!rank.isEmpty() && validFrom != null) {
            scaleCode = catalogue.scaleOfRank(rank, validFrom);
            if (scaleCode == null) {
                problems.add(n, "rank_code", "personnel.import.unknownRank", rank, validFrom.toString());
            } else {
                scale = catalogue.scale(scaleCode);
                if (step != null && (step < 1 || step > scale.stepCount())) {
                    problems.add(
                            n, "salary_step", "personnel.import.stepBeyond", step.toString(), "" + scale.stepCount());
                } else if (step != null) {
                    coefficient = catalogue.coefficient(scaleCode, step, validFrom);
                }
            }
        }
        if (!position.isEmpty() && validFrom != null && !catalogue.positionExists(unit, position, validFrom)) {
            problems.add(n, "position_code", "personnel.import.unknownPosition", position, org);
        }
        BigDecimal postAllowance = null;
        if (post != null) {
            String orgClass = catalogue.postClass(post);
            ImportCatalogue.UnitVersion unitVersion = unit == null || validFrom == null ? null : unit.on(validFrom);
            if (orgClass == null) {
                problems.add(n, "leadership_post", "personnel.import.unknownPost", post);
            } else if (unitVersion != null
                    && !vn.noivu.personnel.internal.allowances.LeadershipAllowances.postFitsUnit(
                            orgClass, unitVersion.type())) {
                problems.add(n, "leadership_post", "personnel.import.postNotInUnit", post, org);
            } else if (unitVersion != null) {
                postAllowance = catalogue.postRate(post, unitVersion, validFrom);
            }
        }
        if (aboveCeiling != null && scale != null && step != null && step < scale.stepCount()) {
            problems.add(
                    n,
                    "above_ceiling_pct",
                    "personnel.import.aboveCeilingBelowTop",
                    step.toString(),
                    "" + scale.stepCount());
        }
        if (aboveCeiling != null && rank.isEmpty()) {
            problems.add(n, "above_ceiling_pct", "personnel.import.aboveCeilingWithoutRank");
        }
        if (validFrom != null && birth != null && validFrom.isBefore(birth)) {
            problems.add(n, "valid_from", "personnel.import.beforeBirth", validFrom.toString(), birth.toString());
        }
        if (problems.count() > before) {
            return null;
        }
        boolean ranked = scale != null;
        LocalDate clock = aboveCeilingSince != null ? aboveCeilingSince : stepSince;
        LocalDate since = ranked ? (clock == null ? validFrom : clock) : null;
        boolean atTop = ranked && step != null && step >= scale.stepCount();
        int pct = aboveCeiling == null ? 0 : aboveCeiling;
        // The next regular step: the category's interval after the current step, or 12 months after
        // the last above-ceiling increment (no discipline delay is known from a file); the same rule
        // as personnel.next_step_due().
        LocalDate nextStep = ranked ? since.plusMonths(atTop && pct > 0 ? 12 : scale.intervalMonths()) : null;
        // A post without a title is listed by the post's name (due lists show the title).
        String title = leadership != null ? leadership : post == null ? null : catalogue.postName(post);
        // The term runs from the appointment decision, not from the start of this version.
        LocalDate termFrom = appointedOn != null ? appointedOn : validFrom;
        int term = termMonths == null ? ImportedRow.TERM_MONTHS : termMonths;
        return new ImportedRow(
                n,
                nationalId,
                fullName,
                birth,
                sex,
                org,
                category,
                rank.isEmpty() ? null : rank,
                step,
                position.isEmpty() ? null : position,
                validFrom,
                since,
                title,
                postAllowance != null ? postAllowance : allowance == null ? BigDecimal.ZERO : allowance,
                decisionNo,
                decisionDate,
                issuer,
                coefficient,
                ranked ? scale.intervalMonths() : null,
                atTop,
                title == null ? null : termFrom.plusMonths(term),
                nextStep,
                title == null ? null : termFrom,
                post,
                pct);
    }

    /** Not computeIfAbsent: its lambda would capture the scope, one allocation per row of the file. */
    private boolean inScope(ImportCatalogue.Unit unit) {
        Boolean known = unitInScope.get(unit);
        if (known == null) {
            known = scope.includes(unit.currentPath());
            unitInScope.put(unit, known);
        }
        return known;
    }

    private static LocalDate date(String text, int row, String column, ImportProblems problems) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = isoDate(text);
        if (date == null) {
            try {
                date = LocalDate.parse(text, VN_DATE);
            } catch (DateTimeParseException e) {
                problems.add(row, column, "personnel.import.badDate", text);
                return null;
            }
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            problems.add(row, column, "personnel.import.dateOutOfRange", text);
            return null;
        }
        return date;
    }

    /**
     * Whether a name has a letter: one of only spaces of other kinds (a non-breaking space) or
     * punctuation is no name. Stops at the first letter: the first character of any real name.
     */
    public static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** yyyy-MM-dd read without the general parser: a national file has millions of dates. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** A whole number of one or two digits (a salary step), or null. */
    private static Integer smallNumber(String s) {
        int value = s.length() <= 2 ? digits(s, 0, s.length()) : -1;
        return value < 0 ? null : value;
    }

    private static LocalDate optionalDate(String[] v, int index, int row, String column, ImportProblems problems) {
        return index < 0 ? null : date(cell(v, index), row, column, problems);
    }

    /** A whole number in {@code [min, max]} from an optional column, or null when empty or wrong. */
    private static Integer optionalNumber(
            String[] v, int index, int row, String column, int min, int max, ImportProblems problems) {
        String text = index < 0 ? "" : cell(v, index);
        if (text.isEmpty()) {
            return null;
        }
        int value = text.length() <= 3 ? digits(text, 0, text.length()) : -1;
        if (value < min || value > max) {
            problems.add(row, column, "personnel.import.numberOutOfRange", text, "" + min, "" + max);
            return null;
        }
        return value;
    }

    private static String optionalText(String[] v, int index) {
        String text = index < 0 ? "" : cell(v, index);
        return text.isEmpty() ? null : text;
    }

    /** Whether a name has a tab, a line break or two spaces in a row (to be made single spaces). */
    private static boolean hasRunOfSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            // Every character of \\s is at most a space: one comparison for the letters of a name.
            if (ch <= ' ' && (ch != ' ' || (i + 1 < s.length() && s.charAt(i + 1) <= ' '))) {
                return true;
            }
        }
        return false;
    }

    private static String sex(String text) {
        if (text.equals("M") || text.equals("F")) {
            return text;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "m", "nam", "male" -> "M";
            case "f", "nữ", "nu", "female" -> "F";
            default -> null;
        };
    }

    private static String cell(String[] v, int index) {
        return index >= 0 && index < v.length && v[index] != null ? v[index] : "";
    }
}
