package vn.noivu.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.HomeReminders;
import vn.noivu.reporting.internal.Reminders;
import vn.noivu.reporting.internal.Texts;

/**
 * The reports due soon or overdue in the user's scope, on the home page: the form by name, the period
 * and the unit, the deadline, a link to the report; the reporting page lists them all.
 */
@Component
class ReportingHomeReminders implements HomeReminders {

    private final Reminders reminders;
    private final Texts texts;

    ReportingHomeReminders(Reminders reminders, Texts texts) {
        this.reminders = reminders;
        this.texts = texts;
    }

    @Override
    public List<Reminder> reminders(UserScope scope) {
        return reminders.due(scope, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).stream()
                .map(d -> new Reminder(
                        d.formTitle(),
                        texts.get(
                                "reporting.reminders.home",
                                d.formCode(),
                                d.period(),
                                d.unit().name()),
                        d.deadline(),
                        d.daysLeft(),
                        "/reporting/forms/" + UriUtils.encodePathSegment(d.formCode(), StandardCharsets.UTF_8) + "/"
                                + d.period() + "/" + d.unit().code()))
                .toList();
    }

    @Override
    public String link() {
        return "/reporting";
    }
}
