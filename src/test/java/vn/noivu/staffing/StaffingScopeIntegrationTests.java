package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A province user sees only its province's quotas and figures, in the API, exports and pages; every
 * endpoint is tried as a user of another province (hanoi.* scope 01, hcm.editor scope 79).
 */
@NoiVuIntegrationTest
class StaffingScopeIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void reductionWithoutScopeIsTheUsersProvinceAndOtherProvincesLookAbsent() {
        Api hanoi = Api.demo(port, "hanoi.viewer");
        JsonNode own = hanoi.get("/api/v1/staffing/reduction?baselineYear=2021&year=2026")
                .json();
        assertThat(own.get("scope").asString()).isEqualTo("01");
        JsonNode sameAsBnv = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction?scope=01&baselineYear=2021&year=2026")
                .json();
        assertThat(own.get("total")).isEqualTo(sameAsBnv.get("total"));
        assertThat(hanoi.get("/api/v1/staffing/reduction?scope=79&baselineYear=2021&year=2026")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get("/api/v1/staffing/reduction?scope=UBND.79.SNV&baselineYear=2021&year=2026")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get("/api/v1/staffing/reduction?scope=BNV").status()).isEqualTo(404);
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/staffing/reduction?scope=01")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void partsAndContributionsStayInsideTheProvince() {
        Api hanoi = Api.demo(port, "hanoi.viewer");
        JsonNode parts = hanoi.get("/api/v1/staffing/reduction/parts?baselineYear=2021&year=2026")
                .json();
        assertThat(parts).isNotEmpty();
        parts.forEach(p -> assertThat(p.get("code").asString()).startsWith("UBND.01"));
        assertThat(hanoi.get("/api/v1/staffing/reduction/contributions?scope=79&baselineYear=2021&year=2026"
                                + "&category=CIVIL_SERVANT")
                        .status())
                .isEqualTo(404);
        JsonNode rows = hanoi.get("/api/v1/staffing/reduction/contributions?baselineYear=2021&year=2026"
                        + "&category=CIVIL_SERVANT&side=baseline")
                .json();
        assertThat(rows).isNotEmpty();
        rows.forEach(r -> assertThat(r.get("orgCode").asString()).startsWith("UBND.01"));
    }

    @Test
    void quotaListsHoldOnlyTheProvincesUnits() {
        Api hcm = Api.demo(port, "hcm.editor");
        JsonNode quotas =
                hcm.get("/api/v1/staffing/quotas?year=2021&size=10000").json();
        assertThat(quotas).isNotEmpty();
        quotas.forEach(q -> assertThat(q.get("orgCode").asString()).matches("UBND\\.(79|74|77)\\..*|UBND\\.(74|77)"));
        assertThat(hcm.get("/api/v1/staffing/quotas?scope=01").status()).isEqualTo(404);
        assertThat(hcm.get("/api/v1/staffing/quotas?scope=UBND.01.SNV").status())
                .isEqualTo(404);
    }

    @Test
    void exportsHoldOnlyTheProvince() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.viewer");
        assertThat(hanoi.get("/api/v1/staffing/quotas/export?scope=79&format=csv")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get("/api/v1/staffing/reduction/export?scope=79&format=xlsx")
                        .status())
                .isEqualTo(404);
        Api.Response csv = hanoi.get("/api/v1/staffing/quotas/export?year=2021&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = new String(csv.bytes(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines.length).isGreaterThan(10);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("UBND.01");
        }
        Api.Response xlsx = hanoi.get("/api/v1/staffing/reduction/export?baselineYear=2021&year=2026&format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet parts = wb.getSheetAt(1);
            for (int r = 1; r < parts.getLastRowNum(); r++) {
                assertThat(parts.getRow(r).getCell(0).getStringCellValue()).startsWith("UBND.01");
            }
        }
    }

    @Test
    void importingAnotherProvincesUnitIsRefusedAsUnknown() throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(
                file, "org_code,year,category,assigned,actual,legal_basis\nUBND.01.STP,2030,CIVIL_SERVANT,1,,QĐ 9\n");
        Api.Response r = Api.demo(port, "hcm.editor").upload("/api/v1/staffing/imports", file);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Không có đơn vị mã \"UBND.01.STP\" trong phạm vi quản lý của bạn.");
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/staffing/quotas?scope=UBND.01.STP&year=2030")
                        .json())
                .isEmpty();
        assertThat(Api.demo(port, "hanoi.viewer")
                        .upload("/api/v1/staffing/imports", file)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void targetsOfAnotherProvinceAreHiddenAndNationalTargetsCannotBeChangedByAProvince() {
        String body = """
                {"name":"Hà Nội: giảm 3% biên chế công chức 2024–2026","scope":"01",
                 "categories":["CIVIL_SERVANT"],"baselineYear":2024,"targetYear":2026,"minimumPercent":3,
                 "legalBasis":"Kế hoạch SCOPE-TEST/KH-UBND","issuer":"UBND thành phố Hà Nội"}""";
        Api.Response created = Api.demo(port, "hanoi.editor").post("/api/v1/staffing/targets", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(hcm.get("/api/v1/staffing/targets/" + id).status()).isEqualTo(404);
        assertThat(hcm.get("/api/v1/staffing/targets/" + id + "/progress").status())
                .isEqualTo(404);
        assertThat(hcm.put("/api/v1/staffing/targets/" + id, body).status()).isEqualTo(404);
        assertThat(hcm.delete("/api/v1/staffing/targets/" + id).status()).isEqualTo(404);
        assertThat(hcm.get("/api/v1/staffing/targets").json().findValues("id").stream()
                        .map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(hcm.post("/api/v1/staffing/targets", body).status()).isEqualTo(403);
        assertThat(hcm.post("/api/v1/staffing/targets", body.replace("\"scope\":\"01\",", ""))
                        .status())
                .isEqualTo(403);

        // A national target: every province sees it, measured on its own scope, and none may change it.
        JsonNode national =
                Api.demo(port, "bnv.viewer").get("/api/v1/staffing/targets").json();
        long nq39 = -1;
        for (JsonNode t : national) {
            if (t.get("legalBasis").asString().startsWith("Nghị quyết 39-NQ/TW")) {
                nq39 = t.get("id").asLong();
            }
        }
        JsonNode progress =
                hcm.get("/api/v1/staffing/targets/" + nq39 + "/progress").json();
        assertThat(progress.get("scope").asString()).isEqualTo("79");
        progress.get("units").forEach(u -> assertThat(u.get("code").asString()).startsWith("UBND."));
        assertThat(hcm.delete("/api/v1/staffing/targets/" + nq39).status()).isEqualTo(403);
        assertThat(Api.demo(port, "hanoi.admin")
                        .delete("/api/v1/staffing/targets/" + id)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void onlyNationalUsersRefreshTheHeadcount() {
        assertThat(Api.demo(port, "hanoi.admin")
                        .post("/api/v1/staffing/headcount/refresh?year=2030", null)
                        .status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "bnv.viewer")
                        .post("/api/v1/staffing/headcount/refresh?year=2030", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void pagesAndPageExportsOfAnotherProvinceLookAbsent() {
        WebSession hanoi = new WebSession();
        hanoi.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(hanoi.get(port, "/staffing?baselineYear=2021&year=2026").status())
                .isEqualTo(200);
        String own = hanoi.get(port, "/staffing?baselineYear=2021&year=2026").body();
        assertThat(own).contains("Ủy ban nhân dân thành phố Hà Nội").doesNotContain("Hồ Chí Minh");
        assertThat(hanoi.get(port, "/staffing?scope=79").status()).isEqualTo(404);
        assertThat(hanoi.get(port, "/staffing/figure?scope=79&baselineYear=2021&year=2026&category=CIVIL_SERVANT")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get(port, "/staffing/quotas?scope=79").status()).isEqualTo(404);
        assertThat(hanoi.get(port, "/staffing/quotas/export?scope=79&format=csv")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get(port, "/staffing/export/reduction?scope=79&format=xlsx")
                        .status())
                .isEqualTo(404);
        String quotas = hanoi.get(port, "/staffing/quotas?year=2021").body();
        assertThat(quotas).contains("UBND.01.").doesNotContain("UBND.79.");
    }

    @Test
    void pageWritesOutsideTheProvinceAreRefused() {
        String body = """
                {"name":"HCM: giảm 2% biên chế công chức 2024–2026","scope":"79","categories":["CIVIL_SERVANT"],
                 "baselineYear":2024,"targetYear":2026,"minimumPercent":2,"legalBasis":"Kế hoạch PAGE-TEST/KH-UBND"}""";
        long id = Api.demo(port, "hcm.editor")
                .post("/api/v1/staffing/targets", body)
                .json()
                .get("id")
                .asLong();
        WebSession hanoi = new WebSession();
        hanoi.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(hanoi.get(port, "/staffing/targets/" + id).status()).isEqualTo(404);
        assertThat(hanoi.get(port, "/staffing/targets").body()).doesNotContain("PAGE-TEST");
        assertThat(hanoi.postForm(port, "/staffing/targets/" + id + "/delete", Map.of("x", "1"))
                        .status())
                .isEqualTo(404);
        hanoi.get(port, "/staffing/targets");
        assertThat(hanoi.postForm(
                                port,
                                "/staffing/targets",
                                Map.of(
                                        "name", "T",
                                        "scope", "79",
                                        "categories", "CIVIL_SERVANT",
                                        "baselineYear", "2024",
                                        "targetYear", "2026",
                                        "minimumPercent", "2",
                                        "legalBasis", "X"))
                        .status())
                .isEqualTo(403);
        hanoi.get(port, "/staffing/quotas");
        var upload = hanoi.upload(
                port,
                "/staffing/quotas/import",
                "q.csv",
                "org_code,year,category,assigned,actual,legal_basis\nUBND.79.STP,2030,CIVIL_SERVANT,5,,QĐ 3\n");
        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.body()).contains("Không có đơn vị mã &quot;UBND.79.STP&quot; trong phạm vi quản lý của bạn.");
        assertThat(Api.demo(port, "hcm.editor")
                        .delete("/api/v1/staffing/targets/" + id)
                        .status())
                .isEqualTo(204);
    }
}
