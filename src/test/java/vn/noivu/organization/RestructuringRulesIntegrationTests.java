package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * A cycle in the hierarchy, overlapping validity, a merge into a dissolved unit and an unknown type are
 * refused with a clear error, and nothing changes (no version, restructuring or audit row is written).
 */
@NoiVuIntegrationTest
class RestructuringRulesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api editor;
    String dept;
    String office;
    String division;

    @BeforeEach
    void aSmallDepartmentOfHanoiFrom2030() {
        editor = Api.demo(port, "hanoi.editor");
        dept = OrgTestData.code("UBND.01");
        office = dept + ".P1";
        division = office + ".P2";
        OrgTestData.established(editor, "2030-01-01", dept, "PROVINCIAL_DEPARTMENT", "UBND.01");
        OrgTestData.established(editor, "2030-01-01", office, "DEPARTMENT_UNIT", dept);
        OrgTestData.established(editor, "2030-01-01", division, "DEPARTMENT_UNIT", office);
    }

    @Test
    void aCycleInTheHierarchyIsRefused() throws Exception {
        String cycle = OrgTestData.change(
                "TRANSFER",
                "2030-06-01",
                q(office),
                "{\"code\":\"%s\",\"parentCode\":\"%s\"}".formatted(office, division));
        assertRefusedWithoutChange(() -> editor.post("/api/v1/organizations/restructurings", cycle), "vòng lặp");
    }

    @Test
    void overlappingValidityIsRefusedByRowAndColumn() throws Exception {
        Path file = Files.createTempFile("overlap", ".csv");
        Files.writeString(file, """
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                %s,Phòng thử,DEPARTMENT_UNIT,%s,,2031-01-01,,2/QĐ-TEST
                """.formatted(office, dept));
        assertRefusedWithoutChange(
                () -> {
                    Api.Response r = editor.upload("/api/v1/organizations/imports", file, "kind", "units");
                    assertThat(r.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
                    assertThat(r.json().get("errors").get(0).get("column").asString())
                            .isEqualTo("valid_from");
                    return r;
                },
                "chồng lấn");
    }

    @Test
    void aMergeIntoADissolvedUnitIsRefused() throws Exception {
        Api.Response dissolved = editor.post(
                "/api/v1/organizations/restructurings", OrgTestData.change("DISSOLVE", "2030-06-01", q(division), ""));
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(201);
        String merge = OrgTestData.change("MERGE", "2031-01-01", q(office), "{\"code\":\"%s\"}".formatted(division));
        assertRefusedWithoutChange(
                () -> editor.post("/api/v1/organizations/restructurings", merge),
                "đã ngừng hoạt động từ ngày 01/06/2030");
    }

    @Test
    void anUnknownTypeIsRefusedInTheApiAndInImports() throws Exception {
        String establish = OrgTestData.establish("2031-01-01", dept + ".X", "X", "BANANA", dept, null);
        assertRefusedWithoutChange(() -> editor.post("/api/v1/organizations/restructurings", establish), "BANANA");
        Path file = Files.createTempFile("type", ".csv");
        Files.writeString(file, """
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                %s.Y,Phòng Y,DEPARTMENT_UNIT,%s,,2031-01-01,,2/QĐ-TEST
                %s.Z,Phòng Z,BANANA,%s,,2031-01-01,,2/QĐ-TEST
                """.formatted(dept, dept, dept, dept));
        assertRefusedWithoutChange(
                () -> {
                    Api.Response r = editor.upload("/api/v1/organizations/imports", file, "kind", "units");
                    assertThat(r.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
                    assertThat(r.json().get("errors").get(0).get("column").asString())
                            .isEqualTo("type");
                    return r;
                },
                "không có trong danh mục");
    }

    @Test
    void dissolvingAUnitWithLivingUnitsBelowItIsRefused() throws Exception {
        assertRefusedWithoutChange(
                () -> editor.post(
                        "/api/v1/organizations/restructurings",
                        OrgTestData.change("DISSOLVE", "2030-06-01", q(office), "")),
                "chưa được giải thể hoặc chuyển đi");
    }

    interface Attempt {
        Api.Response run() throws Exception;
    }

    private void assertRefusedWithoutChange(Attempt attempt, String reason) throws Exception {
        long versions = count("organization.unit_version");
        long restructurings = count("organization.restructuring");
        long audit = count("platform.audit_log");
        Api.Response r = attempt.run();
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains(reason);
        assertThat(count("organization.unit_version")).isEqualTo(versions);
        assertThat(count("organization.restructuring")).isEqualTo(restructurings);
        assertThat(count("platform.audit_log")).isEqualTo(audit);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String q(String code) {
        return "\"" + code + "\"";
    }
}
