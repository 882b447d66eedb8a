package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.enc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Report forms as data: the shipped forms, import (all or nothing, errors by path) and export. */
@NoiVuIntegrationTest
class ReportingFormsIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theFiveEmulationFormsAreShippedAndFoundByTheirCodeAsIssued() {
        Api api = Api.demo(port, "hanoi.viewer");
        Api.Response list = api.get("/api/v1/reporting/forms");
        assertThat(list.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        list.json().forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes)
                .contains(
                        "0601.N/BNV-TĐKT", "0602.N/BNV-TĐKT", "0603.N/BNV-TĐKT", "0604.N/BNV-TĐKT", "0605.N/BNV-TĐKT");

        Api.Response one = api.get("/api/v1/reporting/forms/" + enc("0601.N/BNV-TĐKT"));
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        JsonNode form = one.json();
        assertThat(form.get("code").asString()).isEqualTo("0601.N/BNV-TĐKT");
        assertThat(form.get("periodType").asString()).isEqualTo("EMULATION_YEAR");
        assertThat(form.get("rows")).hasSize(12);
        assertThat(form.get("columns")).hasSize(4);
        assertThat(form.get("deadline").get("month").asInt()).isEqualTo(12);

        assertThat(api.get("/api/v1/reporting/forms/" + enc("9999.N/BNV-KHONG")).status())
                .isEqualTo(404);
    }

    @Test
    void aBrokenDefinitionIsRefusedWholeNamingEachPathAndReason() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"code": "9901.N/BNV-THU", "title": "Biểu thử lỗi", "legalBasis": "Thử", "validFrom": "2026-01-01",
                 "domain": "Thử", "periodType": "FORTNIGHT", "deadline": {"day": 31, "month": 2},
                 "reportingUnits": {"types": ["PROVINCIAL_PEOPLES_COMMITTEE"]}, "receivingLevel": "MINISTRY",
                 "rows": [{"code": "01", "label": "Tổng"}, {"code": "0.2", "label": "Dòng sai"}],
                 "columns": [{"code": "1", "label": "Số lượng"}, {"code": "2", "label": "Ghi chú", "type": "TEXT"}],
                 "rules": [{"expression": "R01 = R03 + R04", "message": "tổng"},
                           {"expression": "C1 >= C2", "message": "cột chữ"}],
                 "colour": "red"}""");
        Api.Response r = Api.demo(port, "bnv.editor").upload("/api/v1/reporting/forms/imports", file);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .contains(
                        "periodType",
                        "deadline.day",
                        "rows[1].code",
                        "rules[0].expression",
                        "rules[1].expression",
                        "colour");
        assertThat(r.body()).contains("không có trong biểu").doesNotContain("Exception");
        assertThat(Api.demo(port, "bnv.editor")
                        .get("/api/v1/reporting/forms/" + enc("9901.N/BNV-THU"))
                        .status())
                .isEqualTo(404);

        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "{\"code\": ");
        Api.Response unreadable = Api.demo(port, "bnv.editor").upload("/api/v1/reporting/forms/imports", notJson);
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.body()).contains("JSON");
    }

    @Test
    void anImportedFormIsExportedAndImportedBackUnchangedAndANewVersionEndsTheOldOne() throws Exception {
        Path file = dir.resolve("form.json");
        Files.writeString(file, """
                {"code": "9902.N/BNV-THU", "title": "Biểu thử nhập", "legalBasis": "Thông tư thử", "validFrom": "2024-01-01",
                 "domain": "Tổ chức hành chính", "periodType": "YEAR", "deadline": {"day": 28, "month": 2, "yearOffset": 1},
                 "reportingUnits": {"types": ["PROVINCIAL_PEOPLES_COMMITTEE"]}, "receivingLevel": "MINISTRY",
                 "receivingUnit": "Bộ Nội vụ",
                 "rows": [{"code": "01", "label": "Tổng số"}, {"code": "02", "label": "Nam", "level": 1},
                          {"code": "03", "label": "Nữ", "level": 1}],
                 "columns": [{"code": "1", "label": "Số lượng"}, {"code": "2", "label": "Ghi chú", "type": "TEXT"}],
                 "rules": [{"expression": "R01 = R02 + R03", "message": "Tổng bằng nam cộng nữ", "severity": "BLOCK"}]}""");
        Api editor = Api.demo(port, "bnv.editor");
        assertThat(Api.demo(port, "hanoi.editor")
                        .upload("/api/v1/reporting/forms/imports", file)
                        .status())
                .as("only the Ministry issues forms")
                .isEqualTo(403);
        Api.Response created = editor.upload("/api/v1/reporting/forms/imports", file);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Api.Response exported = editor.getAny("/api/v1/reporting/forms/" + enc("9902.N/BNV-THU") + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Disposition")).contains("attachment");
        Path back = dir.resolve("back.json");
        Files.write(back, exported.bytes());
        Api.Response reimported = editor.upload("/api/v1/reporting/forms/imports", back);
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(201);
        assertThat(reimported.json()).isEqualTo(created.json());

        Path v2 = dir.resolve("v2.json");
        Files.writeString(
                v2,
                Files.readString(file)
                        .replace("2024-01-01", "2026-01-01")
                        .replace("Biểu thử nhập", "Biểu thử nhập (mới)"));
        assertThat(editor.upload("/api/v1/reporting/forms/imports", v2).status())
                .isEqualTo(201);
        JsonNode old = editor.get("/api/v1/reporting/forms/" + enc("9902.N/BNV-THU") + "?asOf=2025-06-30")
                .json();
        assertThat(old.get("validTo").asString()).isEqualTo("2026-01-01");
        assertThat(editor.get("/api/v1/reporting/forms/" + enc("9902.N/BNV-THU"))
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Biểu thử nhập (mới)");
    }
}
