package vn.noivu.reporting.api;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.reporting.internal.Reminders;
import vn.noivu.reporting.internal.UnitContacts;

/**
 * Reminders of reports not yet sent ({@code GET /api/v1/reporting/reminders}: the user's units' reports
 * due soon or overdue) and the e-mail addresses a unit's reminders go to
 * ({@code GET|PUT /api/v1/reporting/contacts/{unit}} with {@code {"emails": […]}}).
 */
@RestController
@RequestMapping("/api/v1/reporting")
class RemindersApi {

    private final Reminders reminders;
    private final UnitContacts contacts;

    RemindersApi(Reminders reminders, UnitContacts contacts) {
        this.reminders = reminders;
        this.contacts = contacts;
    }

    record DueItem(
            String form,
            String formTitle,
            String period,
            String unit,
            String unitName,
            LocalDate deadline,
            long daysLeft,
            String kind,
            String status) {}

    record Contacts(String unit, List<String> emails) {}

    record ContactsBody(List<String> emails) {}

    @GetMapping("/reminders")
    List<DueItem> reminders() {
        return reminders.due(CurrentUser.scope(), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).stream()
                .map(d -> new DueItem(
                        d.formCode(),
                        d.formTitle(),
                        d.period(),
                        d.unit().code(),
                        d.unit().name(),
                        d.deadline(),
                        d.daysLeft(),
                        d.kind().name(),
                        d.status().name()))
                .toList();
    }

    @GetMapping("/contacts/{unit}")
    Contacts contacts(@PathVariable String unit) {
        return new Contacts(unit.strip().toUpperCase(java.util.Locale.ROOT), contacts.get(unit));
    }

    @PutMapping("/contacts/{unit}")
    Contacts setContacts(@PathVariable String unit, @RequestBody(required = false) ContactsBody body) {
        return new Contacts(
                unit.strip().toUpperCase(java.util.Locale.ROOT),
                contacts.set(unit, body == null ? null : body.emails()));
    }
}
