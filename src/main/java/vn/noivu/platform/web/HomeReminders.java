package vn.noivu.platform.web;

import java.time.LocalDate;
import java.util.List;
import vn.noivu.platform.security.UserScope;

/**
 * What the signed-in user has to do soon, on the home page: contributed by a module and computed in the
 * user's scope (the reporting module's reports due soon or overdue). The home page shows the most
 * urgent and links to the module's page that lists them all.
 */
public interface HomeReminders {

    /** The reminders in this scope, most urgent first (overdue before due soon). */
    List<Reminder> reminders(UserScope scope);

    /** The page that lists every reminder of this kind. */
    String link();

    /**
     * @param title what is due, by name (a report form's title)
     * @param detail which one, by name (the period and the unit)
     * @param deadline when it is due
     * @param daysLeft days until the deadline; negative when overdue
     * @param link the page where it is done
     */
    record Reminder(String title, String detail, LocalDate deadline, long daysLeft, String link) {}
}
