package vn.noivu.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;

/** The login page and the home dashboard. */
@Controller
class HomeController {

    private final List<DashboardFigure> figures;
    private final List<HomeTable> tables;
    private final List<HomeReminders> reminders;

    /** How many reminders of each kind the home page shows before linking to the full list. */
    static final int REMINDERS_SHOWN = 10;

    HomeController(List<DashboardFigure> figures, List<HomeTable> tables, List<HomeReminders> reminders) {
        this.reminders = reminders;
        this.figures = figures.stream()
                .sorted(Comparator.comparingInt(DashboardFigure::order))
                .toList();
        this.tables = tables.stream()
                .sorted(Comparator.comparingInt(HomeTable::order))
                .toList();
    }

    /**
     * The login page. A failed login shows one message whatever the reason (unknown user, wrong
     * password, disabled or locked account), so the page tells nobody which usernames exist.
     */
    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/")
    String home(Model model) {
        UserScope scope = CurrentUser.scope();
        model.addAttribute(
                "figures",
                figures.stream()
                        .flatMap(f -> f.value(scope).map(v -> new Figure(f.messageKey(), v, f.link())).stream())
                        .toList());
        model.addAttribute(
                "tables", tables.stream().flatMap(t -> t.tables(scope).stream()).toList());
        model.addAttribute(
                "reminders",
                reminders.stream()
                        .map(r -> {
                            List<HomeReminders.Reminder> all = r.reminders(scope);
                            return new Reminders(
                                    all.subList(0, Math.min(all.size(), REMINDERS_SHOWN)), all.size(), r.link());
                        })
                        .filter(r -> r.total() > 0)
                        .toList());
        return "platform/home";
    }

    /** The first reminders of one kind, how many there are in all, and the page that lists them. */
    record Reminders(List<HomeReminders.Reminder> shown, int total, String link) {}

    record Figure(String messageKey, Number value, String link) {}
}
