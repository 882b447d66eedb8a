package vn.noivu.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;

/**
 * The days off of state agencies as the Government announced them year by year, shipped in
 * {@code calendar/public-holidays.csv} (each row with its source and whether it was verified; see
 * docs/personnel-rules.md, "Public holidays"). One file for every rule that counts working days — the
 * 11-working-day rule of time not counted toward a step and the deadlines of reports — so that the
 * two never disagree on a day. A year the file does not list is left to the caller's rule.
 *
 * <p>Kinds: {@code HOLIDAY} (Bộ luật Lao động 2019 Art. 112), {@code MAKE_UP} (nghỉ bù, Art. 111(3)),
 * {@code SWAP_DAY_OFF} (a working day made a day off by an announced swap), {@code SWAP_WORKDAY} (the
 * Saturday worked in exchange).
 */
public final class PublicHolidays {

    public static final String FILE = "calendar/public-holidays.csv";

    private static final PublicHolidays SHIPPED = read();

    private final List<TabularRow> rows;
    private final Map<Integer, DaysOff> years;

    private PublicHolidays(List<TabularRow> rows) {
        this.rows = rows;
        Map<Integer, Set<LocalDate>> off = new HashMap<>();
        Map<Integer, Set<LocalDate>> worked = new HashMap<>();
        for (TabularRow row : rows) {
            LocalDate day = LocalDate.parse(row.get("day"));
            var target = "SWAP_WORKDAY".equals(row.get("kind")) ? worked : off;
            target.computeIfAbsent(day.getYear(), y -> new HashSet<>()).add(day);
        }
        Map<Integer, DaysOff> byYear = new HashMap<>();
        off.forEach((year, days) ->
                byYear.put(year, new DaysOff(Set.copyOf(days), Set.copyOf(worked.getOrDefault(year, Set.of())))));
        this.years = Map.copyOf(byYear);
    }

    /** The calendar shipped with the product. */
    public static PublicHolidays shipped() {
        return SHIPPED;
    }

    /** The file's rows ({@code day, kind, name, verified, source}), for a module that keeps them in a table. */
    public List<TabularRow> rows() {
        return rows;
    }

    /** The announced days of {@code year}, or empty when the file does not list that year. */
    public Optional<DaysOff> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * The working days of state agencies over some span (a year, or the days of a period): Monday to
     * Friday (the weekly rest is Saturday and Sunday), less {@code daysOff}, plus {@code
     * workedWeekendDays}.
     *
     * @param daysOff holidays, make-up days and swapped days off
     * @param workedWeekendDays Saturdays worked in a swap
     */
    public record DaysOff(Set<LocalDate> daysOff, Set<LocalDate> workedWeekendDays) {

        /** Monday to Friday, no holiday known. */
        public static final DaysOff WEEKDAYS = new DaysOff(Set.of(), Set.of());

        public boolean isWorkingDay(LocalDate day) {
            if (workedWeekendDays.contains(day)) {
                return true;
            }
            DayOfWeek w = day.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !daysOff.contains(day);
        }
    }

    private static PublicHolidays read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new PublicHolidays(TabularFile.read(FILE, in).rows());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
