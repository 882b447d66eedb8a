package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.noivu.Api;

/** Small helpers for reporting tests: form codes in URLs, report paths, filling and sending reports. */
final class ReportingTestData {

    static final String F0601 = "0601.N/BNV-TĐKT";
    static final String F0604 = "0604.N/BNV-TĐKT";
    static final String F0605 = "0605.N/BNV-TĐKT";

    private ReportingTestData() {}

    /** A form code as it goes into a URL path segment or query. */
    static String enc(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String report(String form, String period, String unit) {
        return "/api/v1/reporting/reports/" + enc(form) + "/" + period + "/" + unit;
    }

    /**
     * Saves figures typed by hand. Each cell sent carries a reason, so a figure that differs from what
     * NoiVu pre-fills from its records (the emulation forms are pre-filled from the reward registry) is
     * accepted as an override; a cell that is not pre-filled ignores it.
     */
    static Api.Response put(Api api, String form, String period, String unit, String valuesJson, String receivedOn) {
        StringBuilder reasons = new StringBuilder();
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("\"([0-9A-Za-z_]+\\.[0-9A-Za-z_]+)\"\\s*:")
                .matcher(valuesJson);
        while (cell.find()) {
            reasons.append(reasons.isEmpty() ? "" : ",")
                    .append('"')
                    .append(cell.group(1))
                    .append("\":\"Số liệu nhập tay\"");
        }
        String body = "{\"values\":" + valuesJson + ",\"overrides\":{" + reasons + "}"
                + (receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"") + "}";
        return api.put(report(form, period, unit), body);
    }

    /**
     * Figures with every other cell of a form of {@code rows} × {@code columns} (numbered from 1) typed
     * as 0, so that none is left to what the records pre-fill.
     */
    static String allTyped(String json, int rows, int columns) {
        StringBuilder zeros = new StringBuilder();
        for (int row = 1; row <= rows; row++) {
            for (int col = 1; col <= columns; col++) {
                String cell = String.format("%02d.%d", row, col);
                if (!json.contains("\"" + cell + "\"")) {
                    zeros.append(", \"").append(cell).append("\": 0");
                }
            }
        }
        return json.substring(0, json.lastIndexOf('}')) + zeros + "}";
    }

    /** Saves and submits a report; fails the test if either step is refused. */
    static void submitted(Api api, String form, String period, String unit, String valuesJson, String receivedOn) {
        Api.Response saved = put(api, form, period, unit, valuesJson, receivedOn);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Response sent = api.post(report(form, period, unit) + "/submit", null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    static void accepted(Api approver, String form, String period, String unit) {
        Api.Response r = approver.post(report(form, period, unit) + "/accept", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
