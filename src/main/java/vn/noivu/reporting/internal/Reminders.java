package vn.noivu.reporting.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.UserScope;

/**
 * Reminders of reports not yet sent: in the app (the reporting page lists, for the user's units, the
 * reports due within {@code noivu.reporting.reminders.days-before} days and those overdue) and by
 * e-mail to each unit's addresses, once per report and kind, by a scheduled job
 * ({@code noivu.reporting.reminders.cron}, off by default) when an SMTP server is configured. The
 * periods looked at are the calendar's current and previous ones of each form in force: older
 * periods are the completeness table's business, not a reminder's.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    public enum Kind {
        DUE_SOON,
        OVERDUE
    }

    /** A report due soon or overdue: form, period, unit, its deadline and how many days are left (negative: late). */
    public record Due(
            String formCode,
            String formTitle,
            String period,
            ReportingUnit unit,
            LocalDate deadline,
            long daysLeft,
            Kind kind,
            ReportStatus status) {}

    private final FormStore forms;
    private final FormPeriods formPeriods;
    private final ExpectedUnits expected;
    private final ReportStore store;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final ObjectProvider<JavaMailSender> mail;
    private final int daysBefore;
    private final String from;
    private final String smtpHost;

    Reminders(
            FormStore forms,
            FormPeriods formPeriods,
            ExpectedUnits expected,
            ReportStore store,
            JdbcClient jdbc,
            Texts texts,
            ObjectProvider<JavaMailSender> mail,
            @Value("${noivu.reporting.reminders.days-before:7}") int daysBefore,
            @Value("${noivu.reporting.reminders.from:noivu@localhost}") String from,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.smtpHost = smtpHost;
        this.forms = forms;
        this.formPeriods = formPeriods;
        this.expected = expected;
        this.store = store;
        this.jdbc = jdbc;
        this.texts = texts;
        this.mail = mail;
        this.daysBefore = daysBefore;
        this.from = from;
    }

    /** The reports not yet sent in the scope that are due within the configured days, or overdue, on {@code today}. */
    @Transactional(readOnly = true)
    public List<Due> due(UserScope scope, LocalDate today) {
        List<Due> out = new ArrayList<>();
        for (FormDefinition form : forms.all()) {
            if (!form.inForceOn(today)) {
                continue;
            }
            Optional<Period> current = Period.containing(form.periodType(), today);
            List<Period> periods = new ArrayList<>();
            current.ifPresent(p -> {
                periods.add(p);
                p.previous().ifPresent(periods::add);
            });
            for (Period period : periods) {
                FormPeriod fp;
                try {
                    fp = formPeriods.of(form.code(), period.code());
                } catch (RefusedException e) {
                    continue; // the form was not in force for that period
                }
                List<ReportingUnit> units = expected.of(fp.form(), fp.cutOff(), scope.likePattern());
                Map<String, Report> reports = store.of(
                        fp.formCode(),
                        fp.period().code(),
                        units.stream().map(ReportingUnit::code).toList(),
                        false);
                for (ReportingUnit unit : units) {
                    Report r = reports.get(unit.code());
                    if (r != null && r.status().sent() && r.status() != ReportStatus.RETURNED) {
                        continue;
                    }
                    LocalDate deadline = fp.deadlineFor(unit);
                    long left = ChronoUnit.DAYS.between(today, deadline);
                    if (left < 0 || left <= daysBefore) {
                        out.add(new Due(
                                fp.formCode(),
                                fp.form().title(),
                                fp.period().code(),
                                unit,
                                deadline,
                                left,
                                left < 0 ? Kind.OVERDUE : Kind.DUE_SOON,
                                r == null ? ReportStatus.MISSING : r.status()));
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(Due::daysLeft)
                .thenComparing(d -> d.unit().name()));
        return out;
    }

    /** Every day at 07:00 (by default off): the e-mails of the day, if a mail server is configured. */
    @Scheduled(cron = "${noivu.reporting.reminders.cron:-}", zone = "Asia/Ho_Chi_Minh")
    public void sendScheduled() {
        JavaMailSender sender = smtpHost == null || smtpHost.isBlank() ? null : mail.getIfAvailable();
        if (sender == null) {
            log.warn("reminders are scheduled but no SMTP server is configured (NOIVU_SMTP_HOST)");
            return;
        }
        send(LocalDate.now(Reports.VIETNAM), sender);
    }

    /**
     * Sends the reminders of {@code today} not sent before to each unit that has addresses; answers
     * how many e-mails went out. A unit whose mail fails is tried again at the next run.
     */
    public int send(LocalDate today, JavaMailSender sender) {
        // The e-mails go to Vietnamese offices, whatever the locale of the thread that runs the job.
        java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            return sendInVietnamese(today, sender);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    private int sendInVietnamese(LocalDate today, JavaMailSender sender) {
        int sent = 0;
        for (Due d : due(UserScope.NATIONAL, today)) {
            List<String> to = emails(d.unit().code());
            if (to.isEmpty() || alreadySent(d)) {
                continue;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(new InternetAddress(from));
                helper.setTo(to.toArray(String[]::new));
                helper.setSubject(texts.get(
                        "reporting.reminder.subject." + d.kind(),
                        d.formCode(),
                        d.period(),
                        d.unit().name()));
                helper.setText(texts.get(
                        "reporting.reminder.body." + d.kind(),
                        d.unit().name(),
                        d.formTitle(),
                        d.formCode(),
                        d.period(),
                        Reports.Formats.date(d.deadline()),
                        Math.abs(d.daysLeft()),
                        texts.get("reporting.status." + d.status())));
                sender.send(message);
                jdbc.sql("""
                                INSERT INTO reporting.reminder_sent (form_code, period, unit_code, kind, sent_to)
                                VALUES (:f, :p, :u, :k, :to) ON CONFLICT DO NOTHING""")
                        .param("f", d.formCode())
                        .param("p", d.period())
                        .param("u", d.unit().code())
                        .param("k", d.kind().name())
                        .param("to", String.join(", ", to))
                        .update();
                sent++;
            } catch (MessagingException | MailException e) {
                log.warn("reminder to {} for {} {} not sent: {}", to, d.formCode(), d.period(), e.getMessage());
            }
        }
        return sent;
    }

    private boolean alreadySent(Due d) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM reporting.reminder_sent
                                       WHERE form_code = :f AND period = :p AND unit_code = :u AND kind = :k)""")
                .param("f", d.formCode())
                .param("p", d.period())
                .param("u", d.unit().code())
                .param("k", d.kind().name())
                .query(Boolean.class)
                .single();
    }

    private List<String> emails(String unit) {
        return jdbc.sql("SELECT unnest(emails) FROM reporting.unit_contact WHERE unit_code = :u")
                .param("u", unit)
                .query(String.class)
                .list();
    }
}
