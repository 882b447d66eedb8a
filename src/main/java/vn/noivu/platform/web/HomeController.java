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

    HomeController(List<DashboardFigure> figures, List<HomeTable> tables) {
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
        return "platform/home";
    }

    record Figure(String messageKey, Number value, String link) {}
}
