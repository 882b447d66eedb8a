package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.platform.security.UserScope;
import vn.noivu.reporting.internal.Reminders;

/**
 * The reminder e-mail wired as in production: the mail sender is the one Spring Boot builds from
 * {@code application.yml}, whose {@code spring.mail.*} settings read the {@code NOIVU_SMTP_*}
 * environment variables — given here as environment variables, pointed at an SMTP server inside the
 * test — and a report due soon reaches its unit's address with the Vietnamese subject.
 */
@NoiVuIntegrationTest
class ReminderMailWiringIntegrationTests {

    static final String FORM = "SNV-BC.6T/NV";
    // A commune before the 2025 mergers, for a period of its own: no other test sends its reminders.
    static final String COMMUNE = "UBND.01.H001.X00031";
    static final LocalDate TODAY = LocalDate.of(2024, 6, 14);

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Test
    void aDueReminderArrivesThroughTheServerTheNoivuSmtpVariablesName() throws Exception {
        Api.Response set = Api.demo(port, "bnv.editor")
                .put("/api/v1/reporting/contacts/" + COMMUNE, "{\"emails\": [\"vanthu.giangvo@hanoi.gov.vn\"]}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        Reminders.Due due = reminders.due(UserScope.NATIONAL, TODAY).stream()
                .filter(d -> d.unit().code().equals(COMMUNE)
                        && d.formCode().equals(FORM)
                        && d.period().equals("2024-H1"))
                .findFirst()
                .orElseThrow();
        assertThat(due.kind()).isEqualTo(Reminders.Kind.DUE_SOON);

        try (TinySmtpServer smtp = new TinySmtpServer()) {
            new ApplicationContextRunner()
                    // application.yml read as the product reads it …
                    .withInitializer(new ConfigDataApplicationContextInitializer())
                    // … with the operator's environment variables
                    .withInitializer(context -> context.getEnvironment()
                            .getPropertySources()
                            .addFirst(new SystemEnvironmentPropertySource(
                                    "operatorEnvironment",
                                    Map.of(
                                            "NOIVU_SMTP_HOST", "127.0.0.1",
                                            "NOIVU_SMTP_PORT", String.valueOf(smtp.port()),
                                            "NOIVU_SMTP_USER", "",
                                            "NOIVU_SMTP_PASSWORD", ""))))
                    .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(JavaMailSender.class);
                        JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
                        assertThat(sender.getHost()).isEqualTo("127.0.0.1");
                        assertThat(sender.getPort()).isEqualTo(smtp.port());
                        assertThat(reminders.send(TODAY, sender)).isGreaterThanOrEqualTo(1);
                    });

            // The commune's half-year report of 2024-H1 falls due; the one of 2023-H2 is overdue (another e-mail).
            List<TinySmtpServer.Received> mine = new java.util.ArrayList<>();
            for (TinySmtpServer.Received r : smtp.received()) {
                if (r.recipients().contains("vanthu.giangvo@hanoi.gov.vn")
                        && r.message().getSubject().contains(FORM + " kỳ 2024-H1")) {
                    mine.add(r);
                }
            }
            assertThat(mine).hasSize(1);
            var message = mine.get(0).message();
            assertThat(mine.get(0).recipients()).containsExactly("vanthu.giangvo@hanoi.gov.vn");
            assertThat(message.getSubject())
                    .isEqualTo("[NoiVu] Sắp đến hạn báo cáo " + FORM + " kỳ 2024-H1 — "
                            + due.unit().name());
            assertThat(message.getContent().toString())
                    .contains(due.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "Chưa báo cáo");
        }
    }
}
