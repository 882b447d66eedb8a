package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A province user cannot read or change another province's units: every endpoint tried by
 * hcm.editor on Hà Nội's units and by hanoi.editor on Ho Chi Minh City's. Reads look like absent
 * data (404, not listed), writes are refused (403, or the import's row error).
 */
@NoiVuIntegrationTest
class OrganizationScopeIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void hcmUserCannotReadHanoiUnitsThroughTheApi() throws Exception {
        Api hcm = Api.demo(port, "hcm.editor");
        for (String path : List.of(
                "/api/v1/organizations?scope=01",
                "/api/v1/organizations/UBND.01.SNV",
                "/api/v1/organizations/UBND.01.SNV/history",
                "/api/v1/organizations/UBND.01.SNV/lineage",
                "/api/v1/organizations/summary?scope=01",
                "/api/v1/organizations/summary?scope=UBND.01.SNV",
                "/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31&scope=01",
                "/api/v1/organizations/changes/units?from=2015-01-01&to=2025-12-31&scope=01&measure=before",
                "/api/v1/organizations/export?scope=01",
                "/api/v1/organizations/restructurings/" + hanoiRestructuringId(),
                "/api/v1/organizations/plans/" + hanoiPlanId())) {
            assertThat(hcm.get(path).status()).as(path).isEqualTo(404);
        }
        JsonNode listed = hcm.get("/api/v1/organizations?asOf=2020-01-01").json();
        assertThat(listed.size()).isPositive();
        listed.forEach(u -> assertThat(u.get("path").asString()).startsWith("/UBND.79/"));
        assertThat(hcm.get("/api/v1/organizations?parentCode=UBND.01").json().size())
                .isZero();
        JsonNode plans = hcm.get("/api/v1/organizations/plans").json();
        plans.forEach(p -> assertThat(p.get("id").asLong()).isNotEqualTo(hanoiPlanId()));
        assertThat(hcm.get("/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31")
                        .json()
                        .get("records")
                        .toString())
                .doesNotContain("UBND.01");
    }

    @Test
    void hcmUserCannotChangeHanoiUnits() throws Exception {
        Api hcm = Api.demo(port, "hcm.editor");
        String rename = OrgTestData.change(
                "RENAME", "2031-01-01", "\"UBND.01.SNV.TCBC\"", "{\"code\":\"UBND.01.SNV.TCBC\",\"name\":\"X\"}");
        assertThat(hcm.post("/api/v1/organizations/restructurings", rename).status())
                .isEqualTo(403);
        String underHanoi = OrgTestData.establish(
                "2031-01-01", OrgTestData.code("UBND.01"), "X", "PROVINCIAL_DEPARTMENT", "UBND.01", null);
        assertThat(hcm.post("/api/v1/organizations/restructurings", underHanoi).status())
                .isEqualTo(403);
        assertThat(hcm.post("/api/v1/organizations/plans", "{\"title\":\"x\",\"changes\":[" + rename + "]}")
                        .status())
                .isEqualTo(403);
        assertThat(hcm.post("/api/v1/organizations/plans/" + hanoiPlanId() + "/approve", null)
                        .status())
                .isEqualTo(403);
        Path file = Files.createTempFile("units", ".csv");
        Files.writeString(file, """
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                UBND.01.SNV.TCBC,Phòng đổi tên,DEPARTMENT_UNIT,UBND.01.SNV,,2015-01-01,,1/QĐ
                """);
        Api.Response refused = hcm.upload("/api/v1/organizations/imports", file, "kind", "units");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("ngoài phạm vi");
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/organizations/UBND.01.SNV.TCBC?asOf=2020-01-01")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Phòng Tổ chức, biên chế và tổ chức phi chính phủ");
    }

    @Test
    void hanoiUserCannotReadOrChangeHoChiMinhCityUnits() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        assertThat(hanoi.get("/api/v1/organizations/UBND.79.SNV").status()).isEqualTo(404);
        assertThat(hanoi.get("/api/v1/organizations/UBND.74.SNV/history").status())
                .isEqualTo(404);
        assertThat(hanoi.get("/api/v1/organizations/export?scope=79").status()).isEqualTo(404);
        assertThat(hanoi.get("/api/v1/organizations/summary?scope=79").status()).isEqualTo(404);
        String transfer = OrgTestData.change(
                "TRANSFER",
                "2031-01-01",
                "\"UBND.79.SYT.BVND1\"",
                "{\"code\":\"UBND.79.SYT.BVND1\",\"parentCode\":\"UBND.01.SYT\"}");
        assertThat(hanoi.post("/api/v1/organizations/restructurings", transfer).status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "hanoi.viewer")
                        .post("/api/v1/organizations/restructurings", transfer)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void exportHoldsOnlyTheUsersScopeAndReadsBack() throws Exception {
        Api.Response xlsx = Api.demo(port, "hcm.editor").get("/api/v1/organizations/export?asOf=2024-06-30");
        assertThat(xlsx.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet units = wb.getSheetAt(0);
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            for (Row row : units) {
                if (row.getRowNum() > 0) {
                    codes.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(14).getStringCellValue()).startsWith("/UBND.79/");
                }
            }
            assertThat(wb.getSheetAt(1).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("2024-06-30");
        }
        assertThat(codes).contains("UBND.79", "UBND.74", "UBND.77.SNV", "UBND.79.TPTD.PNV");
        assertThat(codes).noneMatch(c -> c.startsWith("UBND.01") || c.startsWith("BNV"));
    }

    @Test
    void pagesHideHanoiFromTheHcmUser() {
        WebSession hcm = new WebSession();
        assertThat(hcm.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD).status())
                .isEqualTo(302);
        for (String path : List.of(
                "/organizations/units/UBND.01.SNV",
                "/organizations?scope=01",
                "/organizations/chart-data?scope=01",
                "/organizations/changes?scope=01",
                "/organizations/export?scope=01",
                "/organizations/restructurings/" + hanoiRestructuringId(),
                "/organizations/plans/" + hanoiPlanId())) {
            assertThat(hcm.get(port, path).status()).as(path).isEqualTo(404);
        }
        String tree = hcm.get(port, "/organizations?asOf=2020-01-01").body();
        assertThat(tree).contains("UBND.79.SNV").contains("UBND.74.SNV").doesNotContain("UBND.01");
    }

    private long hanoiRestructuringId() {
        JsonNode records = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/organizations/changes?from=2015-01-01&to=2016-12-31")
                .json()
                .get("records");
        return records.get(0).get("id").asLong();
    }

    private Long hanoiPlan;

    private long hanoiPlanId() {
        if (hanoiPlan == null) {
            String code = OrgTestData.code("UBND.01");
            String plan = """
                    {"title":"Đề án thử Hà Nội","changes":[%s]}""".formatted(OrgTestData.establish(
                    "2035-01-01", code, "Sở thử", "PROVINCIAL_DEPARTMENT", "UBND.01", null));
            Api.Response r = Api.demo(port, "hanoi.editor").post("/api/v1/organizations/plans", plan);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            hanoiPlan = r.json().get("id").asLong();
        }
        return hanoiPlan;
    }
}
