package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.F0604;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.submitted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The reporting discipline of a year counted in one grouped query ({@link ReportingForms#timelinessOfYear})
 * gives the very counts of the completeness, form period by form period ({@link ReportingForms#timeliness}):
 * for the country and a province, years with and without reports; and it follows the reports this test
 * sends for its own form period (0604, emulation year 2023): one on time, one late, one saved but not
 * sent.
 */
@NoiVuIntegrationTest
class YearTimelinessIntegrationTests {

    private static final String PERIOD = "2023";

    @LocalServerPort
    int port;

    @Autowired
    ReportingForms forms;

    @Test
    void theYearsCountsInOneQueryAreTheCompletenessOfEachFormPeriod() {
        LocalDate today = LocalDate.now();
        ReportingForms.Timeliness before = line(forms.timelinessOfYear(null, 2023, today), F0604, PERIOD);
        ReportingForms.Timeliness hanoiBefore = line(forms.timelinessOfYear("01", 2023, today), F0604, PERIOD);
        assertThat(before)
                .as("0604 of 2023 is expected of the provinces and ministries")
                .isNotNull();

        Api ministry = Api.demo(port, "bnv.editor");
        // Paper reports entered by the Ministry: Hà Nội's arrived before 15/12/2023, the city's after; a
        // third is saved but not sent.
        submitted(ministry, F0604, PERIOD, "UBND.01", "{\"01.1\": 3, \"04.1\": 1, \"05.1\": 2}", "2023-12-10");
        submitted(ministry, F0604, PERIOD, "UBND.79", "{\"01.1\": 2, \"04.1\": 1, \"05.1\": 1}", "2023-12-20");
        assertThat(put(ministry, F0604, PERIOD, "BYT", "{\"01.1\": 1}", null).status())
                .isEqualTo(200);

        ReportingForms.Timeliness after = line(forms.timelinessOfYear(null, 2023, today), F0604, PERIOD);
        assertThat(after.expected()).isEqualTo(before.expected());
        assertThat(after.submitted()).isEqualTo(before.submitted() + 2);
        assertThat(after.onTime()).isEqualTo(before.onTime() + 1);
        assertThat(after.late()).isEqualTo(before.late() + 1);
        assertThat(after.missing()).isEqualTo(before.missing() - 2);
        assertThat(after.title()).isNotBlank();
        // A province counts its own units only.
        ReportingForms.Timeliness hanoi = line(forms.timelinessOfYear("01", 2023, today), F0604, PERIOD);
        assertThat(hanoi.submitted()).isEqualTo(hanoiBefore.submitted() + 1);
        assertThat(hanoi.onTime()).isEqualTo(hanoiBefore.onTime() + 1);
        assertThat(hanoi.expected()).isLessThan(after.expected());

        // Every line the same as the completeness of its form period, whatever the scope and year.
        for (String scope : new String[] {null, "01", "79", "UBND.01.SNV"}) {
            for (int year : new int[] {2023, 2024, 2025}) {
                List<ReportingForms.Timeliness> grouped = forms.timelinessOfYear(scope, year, today);
                assertThat(grouped)
                        .as("scope %s, year %d", scope, year)
                        .isEqualTo(forms.timeliness(scope, year, today));
            }
        }
        assertThat(forms.timelinessOfYear(null, 2025, today)).isNotEmpty();
        // A day before the deadlines of 2023 (15/12), the emulation year's forms are not yet due.
        assertThat(line(forms.timelinessOfYear(null, 2023, LocalDate.of(2023, 12, 1)), F0604, PERIOD))
                .isNull();
    }

    private static ReportingForms.Timeliness line(List<ReportingForms.Timeliness> lines, String form, String period) {
        return lines.stream()
                .filter(l -> l.form().equals(form) && l.period().equals(period))
                .findFirst()
                .orElse(null);
    }
}
