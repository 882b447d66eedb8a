package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.personnel.PersonnelIntegrationTests.newId;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The personnel imports and the people API against messy and hostile input (the security probe of
 * 12/2026): every change an import makes counted and audited, nothing about another province's
 * people in an error, every unreadable file and every out-of-range value a 4xx with a message.
 */
@NoiVuIntegrationTest
class PersonnelHostileInputIntegrationTests {

    static final String HEADER =
            "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,valid_from";

    /** Trần Thị Lan of the demo data: a person of Hồ Chí Minh City, outside Hà Nội's scope. */
    static final String HCM_PERSON = "079170054321";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    static String row(String id, String name, String birth, String sex, String validFrom) {
        return id + "," + name + "," + birth + "," + sex + ",UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH," + validFrom;
    }

    Api.Response upload(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return hanoi().upload("/api/v1/personnel/imports", file);
    }

    Api.Response upload(String name, String content) throws IOException {
        return upload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    // --- Finding 3: a re-import that changes a dossier says so, and the audit log keeps before and after.

    @Test
    void aReimportWithAnotherNameIsCountedAsAChangeAndAuditedWithBeforeAndAfter() throws IOException {
        String id = newId(1984, "M");
        var first =
                upload("first.csv", HEADER + "\n" + row(id, "Trịnh Văn Cũ", "1984-02-02", "M", "2020-01-01") + "\n");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var again =
                upload("again.csv", HEADER + "\n" + row(id, "Trịnh Văn Mới", "1984-02-02", "M", "2020-01-01") + "\n");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("changed").asInt()).isEqualTo(1);
        assertThat(again.json().get("unchanged").asInt()).isZero();
        long person = hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + id + "\"}")
                .json()
                .get("id")
                .asLong();
        var audit = jdbc.sql("""
                        SELECT action, before_state ->> 'fullName' AS before_name, after_state ->> 'fullName' AS after_name,
                               actor, detail
                        FROM platform.audit_log WHERE entity = 'personnel.person' AND entity_id = :id""").param("id", String.valueOf(person)).query().listOfRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0))
                .containsEntry("before_name", "Trịnh Văn Cũ")
                .containsEntry("after_name", "Trịnh Văn Mới")
                .containsEntry("actor", "hanoi.editor");
        assertThat(String.valueOf(audit.get(0).get("detail"))).contains("again.csv");
        // The audit never holds the ID number in clear.
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE before_state::text LIKE :id"
                                + " OR after_state::text LIKE :id")
                        .param("id", "%" + id + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        // A later employment version changes the dossier too: counted and audited with both versions.
        var moved = upload(
                "moved.csv",
                HEADER + "\n"
                        + row(id, "Trịnh Văn Mới", "1984-02-02", "M", "2024-01-01")
                                .replace(",3,CM-TH,", ",4,CM-TH,")
                        + "\n");
        assertThat(moved.json().get("changed").asInt()).isEqualTo(1);
        var versions = jdbc.sql("""
                        SELECT before_state -> 'employment' ->> 'salaryStep' AS before_step,
                               after_state -> 'employment' ->> 'salaryStep' AS after_step
                        FROM platform.audit_log WHERE entity = 'personnel.person' AND entity_id = :id
                        ORDER BY id DESC LIMIT 1""").param("id", String.valueOf(person)).query().singleRow();
        assertThat(versions).containsEntry("before_step", "3").containsEntry("after_step", "4");
        // The same file again: nothing changes, nothing more is audited.
        var same = upload(
                "moved.csv",
                HEADER + "\n"
                        + row(id, "Trịnh Văn Mới", "1984-02-02", "M", "2024-01-01")
                                .replace(",3,CM-TH,", ",4,CM-TH,")
                        + "\n");
        assertThat(same.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(same.json().get("changed").asInt()).isZero();
    }

    // --- Finding 5: nothing about a person outside the caller's scope, and one answer for every such ID.

    @Test
    void anIdNumberOfAnotherProvinceIsRefusedWithOneNeutralMessageAndNoneOfThatPersonsData() throws IOException {
        // A wrong birth date and sex (the probe's oracle), and the right ones: the same single answer.
        var wrongIdentity =
                upload("other.csv", HEADER + "\n" + row(HCM_PERSON, "Ai Đó", "1970-01-01", "F", "2024-01-01") + "\n");
        var rightIdentity =
                upload("other.csv", HEADER + "\n" + row(HCM_PERSON, "Ai Đó", "1970-08-20", "F", "2024-01-01") + "\n");
        for (var r : new Api.Response[] {wrongIdentity, rightIdentity}) {
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            JsonNode errors = r.json().get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("column").asString()).isEqualTo("national_id");
            assertThat(errors.get(0).get("message").asString())
                    .isEqualTo("Số định danh không thể nhập trong phạm vi của bạn.");
            assertThat(r.body()).doesNotContain("1970-08-20", "20/08/1970", "Trần Thị Lan", "2016");
        }
        // The people API says the same, and the look-up does not contradict it.
        var create = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Ai Đó","birthDate":"1970-08-20","sex":"F","orgCode":"UBND.01.SNV"}""".formatted(HCM_PERSON));
        assertThat(create.status()).as(create.body()).isEqualTo(422);
        assertThat(create.json().get("detail").asString())
                .isEqualTo("Số định danh không thể nhập trong phạm vi của bạn.");
        assertThat(create.body()).doesNotContain("Đã có hồ sơ");
        assertThat(hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + HCM_PERSON + "\"}")
                        .status())
                .isEqualTo(404);
        // Inside the scope the dossier is there to see: the answer may say so.
        String mine = newId(1982, "F");
        var created = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Lê Thị Có","birthDate":"1982-03-03","sex":"F","orgCode":"UBND.01.SNV"}""".formatted(mine));
        assertThat(created.status()).isEqualTo(201);
        var duplicate = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Lê Thị Có","birthDate":"1982-03-03","sex":"F","orgCode":"UBND.01.SNV"}""".formatted(mine));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("detail").asString()).contains("Đã có hồ sơ");
        // A national user sees everyone: their answer may name the existing dossier.
        var national = Api.demo(port, "bnv.editor").post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Ai Đó","birthDate":"1970-08-20","sex":"F","orgCode":"UBND.01.SNV"}""".formatted(HCM_PERSON));
        assertThat(national.json().get("detail").asString()).contains("Đã có hồ sơ");
    }

    // --- Unreadable files: 422 with a message, never a 500, nothing written.

    @Test
    void unreadableFilesAreRefusedWithAMessage() throws IOException {
        String id = newId(1987, "F");
        String good = HEADER + "\n" + row(id, "Phan Thị Đọc", "1987-01-01", "F", "2020-01-01") + "\n";
        assertRefused(upload("broken.xlsx", "not a spreadsheet at all"), 1, "XLSX");
        assertRefused(upload("junk.csv.gz", "not gzip either"), 1, "nén");
        StringBuilder many = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 2000; i++) {
            many.append(row(newId(1987, "F"), "Phan Thị Nén", "1987-01-01", "F", "2020-01-01"))
                    .append('\n');
        }
        assertRefused(upload("cut.csv.gz", cut(gzip(many.toString()))), -1, "nén");
        assertRefused(upload("empty.csv", new byte[0]), 1, "rỗng");
        byte[] binary = new byte[4096];
        new java.util.Random(13).nextBytes(binary);
        assertRefused(upload("binary.csv", binary), 1, "");
        byte[] windows = good.getBytes(Charset.forName("windows-1258"));
        assertRefused(upload("cp1258.csv", windows), 2, "UTF-8");
        assertRefused(
                upload("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}), 1, "XLS");
        String nul = HEADER + "\n" + row(id, "Phan Thị\0Đọc", "1987-01-01", "F", "2020-01-01") + "\n";
        var nulRefused = upload("nul.csv", nul);
        assertRefused(nulRefused, 2, "NUL");
        assertThat(nulRefused.json().get("errors").get(0).get("column").asString())
                .isEqualTo("full_name");
        var twice = upload(
                "twice.csv",
                HEADER + ",org_code\n" + row(id, "Phan Thị Đọc", "1987-01-01", "F", "2020-01-01") + ",UBND.79.SNV\n");
        assertRefused(twice, 1, "org_code");
        assertThat(twice.json().get("errors").get(0).get("column").asString()).isEqualTo("org_code");
        assertThat(hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + id + "\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aByteOrderMarkUtf16AndSemicolonsAreRead() throws IOException {
        String a = newId(1983, "M");
        String b = newId(1983, "F");
        String c = newId(1983, "M");
        byte[] bom = ("\uFEFF" + HEADER + "\n" + row(a, "Quách Văn Bom", "1983-01-01", "M", "2020-01-01") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload("bom.csv", bom).json().get("created").asInt()).isEqualTo(1);
        byte[] utf16 = ("\uFEFF" + HEADER + "\r\n" + row(b, "Quách Thị Mười Sáu", "1983-01-01", "F", "2020-01-01")
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_16LE);
        var sixteen = upload("utf16.csv", utf16);
        assertThat(sixteen.status()).as(sixteen.body()).isEqualTo(200);
        assertThat(sixteen.json().get("created").asInt()).isEqualTo(1);
        String semicolons = (HEADER + "\n" + row(c, "Quách Văn Chấm Phẩy", "1983-01-01", "M", "2020-01-01") + "\n")
                .replace(',', ';');
        var semi = upload("semi.csv", semicolons);
        assertThat(semi.status()).as(semi.body()).isEqualTo(200);
        assertThat(semi.json().get("created").asInt()).isEqualTo(1);
        long found = jdbc.sql("SELECT count(*) FROM personnel.person WHERE full_name IN"
                        + " ('Quách Văn Bom', 'Quách Thị Mười Sáu', 'Quách Văn Chấm Phẩy')")
                .query(Long.class)
                .single();
        assertThat(found).isEqualTo(3);
    }

    @Test
    void aWorkbookIsReadAsAWorkbookWhateverItsNameAndANulInACellIsRefused() throws IOException {
        String id = newId(1986, "M");
        String nulId = newId(1986, "M");
        var named = upload("people.csv", workbook(HEADER, row(id, "Khổng Văn Sổ", "1986-01-01", "M", "2020-01-01")));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("created").asInt()).isEqualTo(1);
        var nul =
                upload("nul.xlsx", workbook(HEADER, row(nulId, "Khổng Văn_x0000_Sổ", "1986-01-01", "M", "2020-01-01")));
        assertRefused(nul, 2, "NUL");
    }

    private static byte[] workbook(String header, String row) throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            String[][] lines = {header.split(","), row.split(",")};
            for (int r = 0; r < lines.length; r++) {
                var cells = sheet.createRow(r);
                for (int c = 0; c < lines[r].length; c++) {
                    cells.createCell(c).setCellValue(lines[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    // --- Finding 13 and the low ones: lengths and ranges on import.

    @Test
    void tooLongBlankOrOutOfRangeValuesOfAnImportAreRefusedByRowAndColumn() throws IOException {
        String longName = "Nguyễn " + "Văn".repeat(100_000 / 3);
        var refused = upload(
                "limits.csv",
                String.join(
                                "\n",
                                HEADER,
                                row(newId(1981, "M"), longName, "1981-01-01", "M", "2020-01-01"),
                                row(newId(1981, "M"), "\u00A0", "1981-01-01", "M", "2020-01-01"),
                                row(newId(1981, "M"), "Đào Văn Xa", "1981-01-01", "M", "2999-01-01"),
                                row(newId(1981, "M"), "Đào Văn Xưa", "1/1/999999999", "M", "2020-01-01"),
                                HEADER.substring(0, 0)
                                        + row(newId(1981, "M"), "Đào Văn Chức", "1981-01-01", "M", "2020-01-01")
                                                .replace(",CM-TH,", ",CM-TH" + "X".repeat(600) + ","))
                        + "\n");
        assertThat(refused.status())
                .as(refused.body().substring(0, Math.min(2000, refused.body().length())))
                .isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(message(errors, 2, "full_name")).contains("200");
        assertThat(message(errors, 3, "full_name")).isNotEmpty();
        assertThat(message(errors, 4, "valid_from")).contains("2100");
        assertThat(message(errors, 5, "birth_date")).isNotEmpty();
        assertThat(message(errors, 6, "position_code")).contains("500");
        // One long value is not echoed back whole.
        assertThat(refused.bytes().length).isLessThan(20_000);
    }

    // --- Finding 13 and the low ones: the people API.

    @Test
    void thePeopleApiRefusesOutOfRangeAndHostileValuesWith400() {
        Api api = hanoi();
        String id = newId(1979, "M");
        String base = """
                {"nationalId":"%s","fullName":"Mạc Văn Giới","birthDate":"1979-05-05","sex":"M","orgCode":"UBND.01.SNV"
                """.formatted(id).strip();
        String[] bad = {
            base.replace("Mạc Văn Giới", "X".repeat(201)) + "}",
            base.replace("Mạc Văn Giới", "\\u00a0") + "}",
            base.replace("Mạc Văn Giới", "Mạc\\u0000Giới") + "}",
            base.replace("1979-05-05", "+999999999-12-31") + "}",
            base + ",\"email\":\"" + "a".repeat(10_000) + "@x.vn\"}",
            base + ",\"permanentAddress\":\"" + "a".repeat(501) + "\"}",
            base + ",\"heightCm\":99999}",
            base + ",\"weightKg\":-5}",
            base + ",\"partyJoined\":\"2999-01-01\"}",
            base + ",\"militaryEntry\":\"+999999999-12-31\"}",
        };
        for (String json : bad) {
            var r = api.post("/api/v1/people", json);
            assertThat(r.status())
                    .as(json.substring(0, Math.min(json.length(), 200)) + " → " + r.body())
                    .isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("message").asString()).isNotBlank();
        }
        var created = api.post("/api/v1/people", base + ",\"heightCm\":170,\"weightKg\":65}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long person = created.json().get("id").asLong();
        for (String family : new String[] {
            "{\"side\":\"NEIGHBOUR\",\"relation\":\"Bố\",\"fullName\":\"Mạc Văn Cha\"}",
            "{\"side\":\"OWN\",\"relation\":\"Bố\",\"fullName\":\"Mạc\\u0000Cha\"}",
            "{\"side\":\"OWN\",\"relation\":\"Bố\",\"fullName\":\"Mạc Văn Cha\",\"address\":\"" + "a".repeat(501)
                    + "\"}",
        }) {
            var r = api.post("/api/v1/people/" + person + "/family", family);
            assertThat(r.status()).as(family + " → " + r.body()).isEqualTo(400);
        }
        var award = api.post("/api/v1/people/" + person + "/awards", "{\"title\":\"Bằng khen\"}");
        assertThat(award.status()).as(award.body()).isEqualTo(400);
        var training = api.post("/api/v1/people/" + person + "/training", "{\"kind\":\"MAGIC\",\"institution\":\"X\"}");
        assertThat(training.status()).as(training.body()).isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/people/" + person + "/family",
                                "{\"side\":\"OWN\",\"relation\":\"Bố\",\"fullName\":\"Mạc Văn Cha\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aHugePageOfThePeopleListIsNotAnError() {
        var r = hanoi().get("/api/v1/people?page=2147483647&size=2147483647");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isZero();
        var named = hanoi().get("/api/v1/people?q=nguyen&page=2147483647&size=2147483647");
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        var ages = hanoi().get("/api/v1/people?ageFrom=2147483647&ageTo=2147483647");
        assertThat(ages.status()).as(ages.body()).isIn(200, 400);
        var far = hanoi().get("/api/v1/people?asOf=+999999999-12-31&org=UBND.01.SNV");
        assertThat(far.status()).as(far.body()).isIn(200, 400);
    }

    private static void assertRefused(Api.Response r, int row, String inMessage) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(r.body()).isNotEmpty();
        if (row >= 0) {
            assertThat(errors.get(0).get("row").asInt()).as(r.body()).isEqualTo(row);
        }
        assertThat(errors.get(0).get("message").asString()).as(r.body()).containsIgnoringCase(inMessage);
    }

    private static String message(JsonNode errors, int row, String column) {
        for (JsonNode e : errors) {
            if (e.get("row").asInt() == row && e.get("column").asString().equals(column)) {
                return e.get("message").asString();
            }
        }
        return "";
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] cut(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length / 2);
    }
}
