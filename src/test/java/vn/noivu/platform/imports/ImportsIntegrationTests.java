package vn.noivu.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * What every module's import shares: a template to download (Vietnamese headers, instructions, drop-down
 * lists fed by the live catalogues), names accepted where a code is, every broken file refused with a
 * 4xx naming row and column, and one history of imports, scoped to the importer's province.
 */
@NoiVuIntegrationTest
class ImportsIntegrationTests {

    /** Every import that has a template: module, kind, an API to upload to and who may. */
    record Upload(String module, String kind, String path, String user, String... fields) {}

    static final List<Upload> UPLOADS = List.of(
            new Upload("staffing", "quotas", "/api/v1/staffing/imports", "hanoi.editor"),
            new Upload("organization", "units", "/api/v1/organizations/imports", "hanoi.editor", "kind", "units"),
            new Upload(
                    "organization",
                    "restructurings",
                    "/api/v1/organizations/imports",
                    "hanoi.editor",
                    "kind",
                    "restructurings"),
            new Upload(
                    "adminunit",
                    "snapshot",
                    "/api/v1/admin-units/imports",
                    "bnv.editor",
                    "kind",
                    "snapshot",
                    "effectiveDate",
                    "2031-01-01"),
            new Upload(
                    "adminunit",
                    "mapping",
                    "/api/v1/admin-units/imports",
                    "bnv.editor",
                    "kind",
                    "mapping",
                    "effectiveDate",
                    "2031-01-01"),
            new Upload("adminunit", "history", "/api/v1/admin-units/imports", "bnv.editor", "kind", "history"),
            new Upload("personnel", "people", "/api/v1/personnel/imports", "hanoi.editor"),
            new Upload("reward", "awards", "/api/v1/rewards/imports", "hanoi.editor", "kind", "awards"),
            new Upload("reward", "initiatives", "/api/v1/rewards/imports", "hanoi.editor", "kind", "initiatives"),
            new Upload("reform", "method", "/api/v1/reform/imports", "bnv.editor", "kind", "method"),
            new Upload("reform", "scores", "/api/v1/reform/imports", "bnv.editor", "kind", "scores"));

    @LocalServerPort
    int port;

    @Autowired
    ImportTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private Path csv(String name, String... lines) throws IOException {
        return file(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private byte[] template(String module, String kind) {
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        return web.download(port, "/imports/templates/" + module + "/" + kind);
    }

    private static List<String> errors(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json()
                .get("errors")
                .forEach(e -> out.add(e.get("row").asInt() + " "
                        + e.get("column").asString("") + " " + e.get("message").asString("")));
        return out;
    }

    @Test
    void everyImportHasATemplateWithVietnameseHeadersInstructionsAndListsFromTheCatalogues() throws IOException {
        for (Upload u : UPLOADS) {
            ImportTemplate t = templates.find(u.module(), u.kind()).orElseThrow(() -> new AssertionError(u));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(u.module(), u.kind())))) {
                Sheet data = wb.getSheetAt(0);
                assertThat(data.getSheetName()).isEqualTo("Dữ liệu");
                Row header = data.getRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    assertThat(header.getCell(c).getStringCellValue())
                            .as(u.module() + "/" + u.kind())
                            .isEqualTo(t.columns().get(c).label());
                }
                assertThat(data.getLastRowNum()).as("no data row to delete").isZero();
                Sheet help = wb.getSheet("Hướng dẫn");
                assertThat(help.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Cột");
                assertThat(help.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Bắt buộc");
                ImportTemplate.Column first = t.columns().get(0);
                assertThat(help.getRow(4).getCell(0).getStringCellValue()).isEqualTo(first.label());
                assertThat(help.getRow(4).getCell(1).getStringCellValue()).isEqualTo(first.header());
                assertThat(help.getRow(4).getCell(2).getStringCellValue()).isEqualTo(first.meaning());
                assertThat(help.getRow(4 + t.columns().size() - 1)).isNotNull();
                long coded =
                        t.columns().stream().filter(c -> c.choices() != null).count();
                assertThat(coded)
                        .as(u.module() + "/" + u.kind() + " has a coded column")
                        .isPositive();
                List<? extends DataValidation> lists = data.getDataValidations();
                assertThat(lists).as(u.module() + "/" + u.kind()).hasSize((int) coded);
                for (DataValidation v : lists) {
                    assertThat(v.getValidationConstraint().getFormula1()).startsWith("'Danh mục'!$");
                    assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow())
                            .isEqualTo(1);
                }
            }
        }
    }

    @Test
    void theListsShowTheCataloguesNames() throws IOException {
        assertThat(listOf("staffing", "quotas")).contains("Biên chế công chức");
        assertThat(listOf("personnel", "people")).contains("Công chức", "Viên chức", "Nam", "Nữ");
        String rank = jdbc.sql("SELECT name FROM personnel.rank WHERE code = '01.003' ORDER BY valid_from DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(listOf("personnel", "people")).anyMatch(s -> s.startsWith(rank));
        assertThat(listOf("organization", "restructurings")).contains("Hợp nhất, sáp nhập");
        assertThat(listOf("adminunit", "snapshot")).contains("Cấp tỉnh", "Phường");
        assertThat(listOf("reform", "method")).contains("Tỉnh, thành phố");
        String title = jdbc.sql("SELECT name FROM reward.catalogue ORDER BY code LIMIT 1")
                .query(String.class)
                .single();
        assertThat(listOf("reward", "awards")).anyMatch(s -> s.startsWith(title));
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/imports/templates/staffing/nothing").status())
                .isEqualTo(404);
    }

    private List<String> listOf(String module, String kind) throws IOException {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(module, kind)))) {
            Sheet lists = wb.getSheet("Danh mục");
            for (Row r : lists) {
                r.forEach(c -> values.add(c.getStringCellValue()));
            }
        }
        return values;
    }

    @Test
    void aFilledTemplateIsReadByItsVietnameseHeadersAndNamesAndItsErrorsSayColumnAndValue() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template("staffing", "quotas")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row r = wb.getSheetAt(0).createRow(1);
            String[] cells = {"UBND.01.STP", "2030", "bien che cong chuc", "-7", "", "QĐ 9/QĐ-UBND", "", ""};
            for (int c = 0; c < cells.length; c++) {
                r.createCell(c).setCellValue(cells[c]);
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        Api.Response r = Api.demo(port, "hanoi.editor").upload("/api/v1/staffing/imports", file("mau.xlsx", bytes));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(r.json().get("errors").size()).as(r.body()).isEqualTo(1);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("Biên chế được giao");
        assertThat(error.get("value").asString()).isEqualTo("-7");
    }

    @Test
    void namesAreAcceptedWhereACodeIsInEveryImport() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.editor");
        Api ministry = Api.demo(port, "bnv.editor");
        // Each file breaks one other rule, so that nothing is written and the coded cell is seen checked.
        List<String> staffing = errors(hanoi.upload(
                "/api/v1/staffing/imports",
                csv(
                        "quota-names.csv",
                        "org_code,year,category,assigned,actual,legal_basis",
                        "UBND.01.STP,2030,BIÊN CHẾ CÔNG CHỨC,-1,,QĐ 1/QĐ-UBND")));
        assertThat(staffing).singleElement().asString().startsWith("2 assigned");

        String unit = "UBND.01.T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> units = errors(hanoi.upload(
                "/api/v1/organizations/imports",
                csv(
                        "unit-names.csv",
                        "code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis",
                        unit + ",,so va tuong duong (to chuc chuyen mon cap tinh),UBND.01,,2030-01-01,,1/QĐ"),
                "kind",
                "units"));
        assertThat(units).singleElement().asString().startsWith("2 name");

        List<String> restructurings = errors(hanoi.upload(
                "/api/v1/organizations/imports",
                csv(
                        "restructuring-names.csv",
                        "effective_date,kind,predecessor_codes,successor_codes,legal_basis",
                        "2030-02-30,Hợp nhất, sáp nhập,UBND.01.STP;UBND.01.STC,UBND.01.STP,1/QĐ"
                                .replace("Hợp nhất, sáp nhập", "\"Hợp nhất, sáp nhập\"")),
                "kind",
                "restructurings"));
        assertThat(restructurings).singleElement().asString().startsWith("2 effective_date");

        List<String> adminUnits = errors(ministry.upload(
                "/api/v1/admin-units/imports",
                csv(
                        "snapshot-names.csv",
                        "code,name,full_name,level,type,parent_code",
                        "01,Hà Nội,Thành phố Hà Nội,Cấp tỉnh,Thành phố Trung ương,",
                        "00004,Ba Đình,Phường Ba Đình,cap xa,Phường,02"),
                "kind",
                "snapshot",
                "effectiveDate",
                "2031-01-01"));
        assertThat(adminUnits).isNotEmpty().allMatch(e -> e.startsWith("3 parent_code"), "only the parent is wrong");

        List<String> people = errors(hanoi.upload(
                "/api/v1/personnel/imports",
                csv(
                        "people-names.csv",
                        "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,valid_from",
                        "12345,Nguyễn Văn Thử,1990-01-01,Nam,UBND.01.STP,cong chuc,,,,2020-01-01")));
        assertThat(people).isNotEmpty().noneMatch(e -> e.contains("staff_category"));
        assertThat(people).anyMatch(e -> e.startsWith("2 national_id"));

        String[] title = jdbc.sql(
                        "SELECT code, name, GREATEST(2025, extract(year FROM valid_from)::int)::text"
                                + " FROM reward.catalogue WHERE kind = 'INDIVIDUAL_TITLE' AND valid_to IS NULL ORDER BY code LIMIT 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        List<String> awards = errors(hanoi.upload(
                "/api/v1/rewards/imports",
                csv(
                        "award-names.csv",
                        "person_id,org_code,title,year,decision_no,decision_date,issuer",
                        "999999999,,\"" + title[1].toUpperCase() + "\"," + title[2] + ",1/QĐ," + title[2]
                                + "-12-01,UBND"),
                "kind",
                "awards"));
        assertThat(awards).isNotEmpty().noneMatch(e -> e.contains(" title "));

        List<String> method = errors(ministry.upload(
                "/api/v1/reform/imports",
                csv(
                        "method-names.csv",
                        "year,set,province_code,code,parent_code,name,max_points,kind",
                        "2031,\"tinh, thanh pho\",,1,,Lĩnh vực 1,-5,Đơn vị tự đánh giá"),
                "kind",
                "method"));
        assertThat(method).singleElement().asString().startsWith("2 max_points");
    }

    @Test
    void everyBrokenFileIsRefusedWithA4xxAndTheRefusalIsInTheModulesHistory() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (Upload u : UPLOADS) {
            Api api = Api.demo(port, u.user());
            Path notAWorkbook = file(tag + "-not-a-workbook-" + u.kind() + ".xlsx", "plain text, not a zip".getBytes());
            Path empty = file(tag + "-empty-" + u.kind() + ".csv", new byte[0]);
            Path wrongHeader = csv(tag + "-wrong-header-" + u.kind() + ".csv", "foo,bar", "1,2");
            for (Path f : List.of(notAWorkbook, empty, wrongHeader)) {
                Api.Response r = api.upload(u.path(), f, u.fields());
                assertThat(r.status())
                        .as(u.module() + "/" + u.kind() + " " + f.getFileName() + ": " + r.body())
                        .isEqualTo(422);
                assertThat(r.json().get("errors").size()).as(r.body()).isPositive();
            }
            Api.Response history = api.get("/api/v1/imports?module=" + u.module());
            assertThat(history.status()).isEqualTo(200);
            List<String> files = new ArrayList<>();
            history.json().forEach(e -> {
                String f = e.get("filename").asString();
                // This kind's files (a module's other kinds share its history).
                if (f.startsWith(tag)
                        && f.contains("-" + u.kind() + ".")
                        && !e.get("applied").asBoolean()) {
                    assertThat(e.get("errors").asInt()).isPositive();
                    assertThat(e.get("actor").asString()).isEqualTo(u.user());
                    assertThat(e.get("kind").asString()).isEqualTo(u.kind());
                    files.add(e.get("filename").asString());
                }
            });
            assertThat(files)
                    .as(u.module() + "/" + u.kind())
                    .contains(
                            notAWorkbook.getFileName().toString(),
                            wrongHeader.getFileName().toString());
        }
    }

    @Test
    void aProvinceSeesOnlyItsOwnImportsAndTheHistoryExportsToXlsx() throws IOException {
        String name = "scoped-" + UUID.randomUUID() + ".csv";
        Api.Response refused =
                Api.demo(port, "hanoi.editor").upload("/api/v1/staffing/imports", csv(name, "foo,bar", "1,2"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/imports?module=staffing")
                        .body())
                .contains(name);
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/imports?module=staffing")
                        .body())
                .contains(name);
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/imports?module=staffing")
                        .body())
                .doesNotContain(name);
        assertThat(Api.demo(port, "hcm.editor").get("/api/v1/imports").body()).doesNotContain(name);

        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/imports/history?module=staffing").body())
                .contains(name)
                .contains("Bị từ chối (6 lỗi)");
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(web.download(port, "/imports/history/export?module=staffing&format=xlsx")))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(c -> cells.add(c.toString())));
            assertThat(cells).contains("Tệp", "Người nhập", "Kết quả", name, "Bị từ chối", "Biên chế được giao");
        }
    }

    @Test
    void theOrganisationImportReportsCellScopeAndRuleErrorsInOneAnswer() throws IOException {
        String ok = "UBND.01.T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response r = Api.demo(port, "hanoi.editor")
                .upload(
                        "/api/v1/organizations/imports",
                        csv(
                                "one-pass.csv",
                                "code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis",
                                ok + ".A,,PROVINCIAL_DEPARTMENT,UBND.01,,2030-01-01,,1/QĐ",
                                ok + ".B,Sở B,PROVINCIAL_DEPARTMENT,UBND.79,,2030-01-01,,1/QĐ",
                                ok + ".C,Phòng C,DEPARTMENT_UNIT,KHONG.CO.MA,,2030-01-01,,1/QĐ"),
                        "kind",
                        "units");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<String> errors = errors(r);
        assertThat(errors).anyMatch(e -> e.startsWith("2 name"));
        assertThat(errors).anyMatch(e -> e.startsWith("3 parent_code"));
        assertThat(errors).anyMatch(e -> e.startsWith("4 parent_code"));
    }
}
