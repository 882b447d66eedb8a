package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;
import vn.noivu.reporting.internal.Reminders;

/**
 * Reminders: a unit's addresses set by its editor (not by another province), the e-mail sent through
 * an SMTP server running in the test before the deadline and when overdue, each once; and the list on
 * the reporting page for the user's units.
 */
@NoiVuIntegrationTest
class RemindersIntegrationTests {

    static final String FORM = "0603.N/BNV-TĐKT";

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Autowired
    UserAccounts accounts;

    @Test
    void aUnitGetsOneEmailBeforeTheDeadlineAndOneWhenOverdue() throws Exception {
        Api editor = Api.demo(port, "hcm.editor");
        Api.Response refused = editor.put(
                "/api/v1/reporting/contacts/UBND.79", "{\"emails\": [\"vanthu@hcm.gov.vn\", \"khong-hop-le\"]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("emails[1]");
        Api.Response set = editor.put(
                "/api/v1/reporting/contacts/UBND.79", "{\"emails\": [\"VanThu@hcm.gov.vn\", \"tdkt@hcm.gov.vn\"]}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(editor.get("/api/v1/reporting/contacts/UBND.79")
                        .json()
                        .get("emails")
                        .toString())
                .isEqualTo("[\"vanthu@hcm.gov.vn\",\"tdkt@hcm.gov.vn\"]");
        assertThat(Api.demo(port, "hanoi.editor")
                        .put("/api/v1/reporting/contacts/UBND.79", "{\"emails\": [\"x@y.vn\"]}")
                        .status())
                .as("another province")
                .isEqualTo(404);

        try (TinySmtpServer smtp = new TinySmtpServer()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
            // Emulation year 2025 of form 0603 is due 15/12/2025: two days before, it is due soon.
            LocalDate dueSoon = LocalDate.of(2025, 12, 13);
            int sent = reminders.send(dueSoon, sender);
            List<TinySmtpServer.Received> mine = toCity(smtp);
            // The other emulation forms fall due the same day: the city gets one e-mail for each.
            assertThat(sent).isGreaterThanOrEqualTo(1);
            assertThat(mine).hasSize(1);
            var first = mine.get(0);
            assertThat(first.recipients()).containsExactlyInAnyOrder("vanthu@hcm.gov.vn", "tdkt@hcm.gov.vn");
            assertThat(first.message().getSubject()).contains("Sắp đến hạn", FORM, "2025");
            String body = first.message().getContent().toString();
            assertThat(body).contains("15/12/2025", "còn 2 ngày", "Chưa báo cáo");

            assertThat(reminders.send(dueSoon, sender))
                    .as("each report and kind once")
                    .isZero();
            assertThat(toCity(smtp)).hasSize(1);

            reminders.send(LocalDate.of(2025, 12, 18), sender);
            mine = toCity(smtp);
            assertThat(mine).hasSize(2);
            assertThat(mine.get(1).message().getSubject()).contains("Quá hạn", FORM);
            assertThat(mine.get(1).message().getContent().toString()).contains("15/12/2025", "3 ngày");
        }
    }

    @Test
    void theReportingPageListsTheUsersUnitsReportsOverdue() {
        JsonNode due =
                Api.demo(port, "hcm.editor").get("/api/v1/reporting/reminders").json();
        List<String> units = new ArrayList<>();
        due.forEach(d -> units.add(d.get("unit").asString()));
        assertThat(units).contains("UBND.79").doesNotContain("UBND.01");

        WebSession web = new WebSession();
        web.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        WebSession.Page page = web.get(port, "/reporting");
        assertThat(page.body())
                .contains("id=\"reporting-reminders\"", "Quá hạn")
                .doesNotContain(">OVERDUE<", ">DUE_SOON<");
    }

    @Test
    void theHomePageShowsTheUsersReportsDueOrOverdueWithTheFormDeadlineAndLink() {
        String commune = "UBND.01.X00025";
        accounts.createIfMissing(
                new NewUser("remind.commune", "Xã", "reminders-home-1", commune, List.of(Role.EDITOR)));
        // Nobody sends the commune's annual report of 2025 (due three working days after 14/12/2025).
        JsonNode due = Api.as(port, "remind.commune", "reminders-home-1")
                .get("/api/v1/reporting/reminders")
                .json();
        JsonNode annual = null;
        for (JsonNode d : due) {
            assertThat(d.get("unit").asString()).as("only the user's own unit").isEqualTo(commune);
            if (d.get("form").asString().equals("SNV-BC.N/NV")
                    && d.get("period").asString().equals("2025")) {
                annual = d;
            }
        }
        assertThat(annual).as(due.toString()).isNotNull();
        assertThat(annual.get("kind").asString()).isEqualTo("OVERDUE");
        String deadline = LocalDate.parse(annual.get("deadline").asString())
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        WebSession web = new WebSession();
        web.login(port, "remind.commune", "reminders-home-1");
        WebSession.Page home = web.get(port, "/");
        assertThat(home.status()).isEqualTo(200);
        String body = home.body();
        assertThat(body)
                .contains(
                        "id=\"home-reminders\"",
                        "href=\"/reporting/forms/SNV-BC.N%2FNV/2025/" + commune + "\"",
                        annual.get("formTitle").asString(),
                        "hạn " + deadline,
                        "quá hạn " + (-annual.get("daysLeft").asLong()) + " ngày")
                .doesNotContain("UBND.79", ">OVERDUE<");

        WebSession ministry = new WebSession();
        ministry.login(port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        String national = ministry.get(port, "/").body();
        assertThat(national).contains("id=\"home-reminders\"", "Xem tất cả (");
    }

    /** The city's e-mails about form 0603. */
    private static List<TinySmtpServer.Received> toCity(TinySmtpServer smtp) throws Exception {
        List<TinySmtpServer.Received> out = new ArrayList<>();
        for (TinySmtpServer.Received r : smtp.received()) {
            if (r.recipients().contains("vanthu@hcm.gov.vn")
                    && r.message().getSubject().contains(FORM)) {
                out.add(r);
            }
        }
        return out;
    }
}
