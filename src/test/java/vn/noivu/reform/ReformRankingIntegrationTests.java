package vn.noivu.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The reform index on the real database: imports of methods, survey and published tables, the index,
 * national and regional ranks with ties, year-on-year changes and groups against figures computed by
 * hand, and the published PAR Index 2024.
 */
@NoiVuIntegrationTest
class ReformRankingIntegrationTests {

    /** The 63 provinces before 1/7/2025 in code order: province k of the hand-computed table. */
    static final List<String> PROVINCES_63 =
            List.of(("01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35"
                            + " 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86"
                            + " 87 89 91 92 93 94 95 96")
                    .split(" "));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Api.Response upload(Api api, String kind, String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return api.upload("/api/v1/reform/imports", file, "kind", kind);
    }

    /**
     * The published PAR Index 2024 (REPORTING-REWARDS-2026.md §3): Hải Phòng first with 96.17 %, Bà
     * Rịa–Vũng Tàu second, Hà Nội third, Cao Bằng last, 13 provinces in group A and 50 in B, average
     * 88.37 %. The other provinces' values were not published; the test table constructs them so that
     * these published facts hold (par-2024-published.csv): ten more provinces between 90.75 and 93.90,
     * the other 49 of group B spread between 84.6 and 89.95, their sum brought to 63 × 88.37.
     */
    @Test
    void thePublishedParIndex2024PutsHaiPhongFirstWith9617AndThirteenProvincesInGroupA() throws IOException {
        Api ministry = Api.demo(port, "bnv.editor");
        Path file = dir.resolve("par-2024.csv");
        Files.copy(getClass().getResourceAsStream("/reform/par-2024-published.csv"), file);
        var imported = ministry.upload("/api/v1/reform/imports", file, "kind", "published");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode ranking = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/reform/rankings?year=2024&set=PROVINCES")
                .json();
        assertThat(ranking.size()).isEqualTo(63);
        JsonNode first = ranking.get(0);
        assertThat(first.get("unitCode").asString()).isEqualTo("31");
        assertThat(first.get("name").asString()).isEqualTo("Hải Phòng");
        assertThat(first.get("index").decimalValue()).isEqualByComparingTo("96.17");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("region").asString()).isEqualTo("Đồng bằng sông Hồng");
        assertThat(first.get("group").asString()).isEqualTo("A");
        // Exactly the fields of the contract.
        List<String> fields = new ArrayList<>();
        first.propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactly(
                        "unitCode",
                        "name",
                        "index",
                        "rank",
                        "rankChange",
                        "region",
                        "regionRank",
                        "regionSize",
                        "group");
        assertThat(ranking.get(1).get("name").asString()).isEqualTo("Bà Rịa - Vũng Tàu");
        assertThat(ranking.get(2).get("name").asString()).isEqualTo("Hà Nội");
        assertThat(ranking.get(62).get("name").asString()).isEqualTo("Cao Bằng");
        long a = ranking.valueStream()
                .filter(r -> r.get("group").asString().equals("A"))
                .count();
        long b = ranking.valueStream()
                .filter(r -> r.get("group").asString().equals("B"))
                .count();
        assertThat(a).isEqualTo(13);
        assertThat(b).isEqualTo(50);
        BigDecimal sum =
                ranking.valueStream().map(r -> r.get("index").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.divide(BigDecimal.valueOf(63), 2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("88.37");
        // Only the Đồng bằng sông Hồng when the scope names the region.
        JsonNode region = ministry.get("/api/v1/reform/rankings?year=2024&set=PROVINCES&scope=DBSH")
                .json();
        assertThat(region.size()).isEqualTo(11);
        assertThat(region.get(0).get("regionSize").asInt()).isEqualTo(11);

        // The ranking exported as XLSX, read back: names, not codes; the index as a number.
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        byte[] xlsx = web.download(port, "/reform/export?table=ranking&year=2024&set=PROVINCES");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Hải Phòng");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(96.17);
            assertThat(sheet.getLastRowNum()).isEqualTo(64);
        }
        // The page shows names and Vietnamese numbers.
        String page = web.get(port, "/reform?year=2024&set=PROVINCES").body();
        assertThat(page).contains("Hải Phòng").contains("96,17 %").contains("nhóm A: 13, nhóm B: 50");

        // 2025, 34 provinces: Tuyên Quang (08) was formed from Hà Giang (02) and Tuyên Quang; its trend
        // shows Hà Giang's 2024 result, under Hà Giang's name, beside its own.
        Path y2025 = dir.resolve("par-2025.csv");
        Files.writeString(y2025, "year,unit_code,index\n2025,08,90.00\n2025,31,95.00\n");
        assertThat(ministry.upload("/api/v1/reform/imports", y2025, "kind", "published")
                        .status())
                .isEqualTo(200);
        JsonNode trend =
                ministry.get("/api/v1/reform/trend?set=PROVINCES&unitCode=08").json();
        assertThat(trend.valueStream()
                        .map(p -> p.get("year").asInt() + " " + p.get("name").asString() + " "
                                + p.get("predecessor").asBoolean()))
                .contains("2024 Hà Giang true", "2024 Tuyên Quang false", "2025 Tuyên Quang false");
        // Hà Giang (02) is no province in 2025.
        Files.writeString(y2025, "year,unit_code,index\n2025,02,90.00\n");
        var gone = ministry.upload("/api/v1/reform/imports", y2025, "kind", "published");
        assertThat(gone.status()).isEqualTo(422);
        assertThat(gone.body()).contains("Mã tỉnh 02 không có trong danh mục năm 2025");
    }

    /**
     * 63 provinces over two years. 2021 (published indices): province k has 60 + 0.5k, so rank 63 − k.
     * 2022 (a method: L1 = L1.1 (25) + L1.2 (25), L2 SIPAS (50); groups A ≥ 92.5, B ≥ 80): L1.1 = 25, L1.2
     * = 20 from a published table, L2 = 50 − 0.5k from the survey import, except province 2 (Cao Bằng)
     * which equals province 1 (Hà Giang): index 95 − 0.5k, Hà Giang and Cao Bằng tied second.
     */
    @Test
    void indexRanksTiesRegionsChangesAndGroupsEqualTheHandComputation() throws IOException {
        Api ministry = Api.demo(port, "bnv.editor");
        StringBuilder published2021 = new StringBuilder("year,unit_code,index\n");
        StringBuilder components2022 = new StringBuilder("year,set,unit_code,component_code,score\n");
        StringBuilder survey2022 = new StringBuilder("year,set,unit_code,component_code,score\n");
        for (int k = 0; k < 63; k++) {
            String code = PROVINCES_63.get(k);
            published2021
                    .append("2021,")
                    .append(code)
                    .append(',')
                    .append(new BigDecimal("60").add(new BigDecimal(k).multiply(new BigDecimal("0.5"))))
                    .append('\n');
            components2022.append("2022,PROVINCES,").append(code).append(",L1.1,25\n");
            components2022.append("2022,PROVINCES,").append(code).append(",L1.2,20\n");
            BigDecimal sipas =
                    new BigDecimal("50").subtract(new BigDecimal(k == 2 ? 1 : k).multiply(new BigDecimal("0.5")));
            // Vietnamese decimal comma, as spreadsheets write it.
            survey2022
                    .append("2022,PROVINCES,")
                    .append(code)
                    .append(',')
                    .append("L2,")
                    .append('"')
                    .append(sipas.toPlainString().replace('.', ','))
                    .append("\"\n");
        }
        assertThat(upload(ministry, "published", "par-2021.csv", published2021.toString())
                        .status())
                .isEqualTo(200);
        var method = upload(ministry, "method", "method-2022.csv", """
                year,set,province_code,code,parent_code,name,max_points,kind,group_a_min,group_b_min
                2022,PROVINCES,,L1,,Công tác chỉ đạo điều hành CCHC,50,SELF_ASSESSED,"92,5",80
                2022,PROVINCES,,L1.1,L1,Kế hoạch CCHC,25,SELF_ASSESSED,,
                2022,PROVINCES,,L1.2,L1,Kiểm tra CCHC,25,APPRAISED,,
                2022,PROVINCES,,L2,,Mức độ hài lòng của người dân (SIPAS),50,SURVEYED,,
                """);
        assertThat(method.status()).as(method.body()).isEqualTo(200);
        var components = upload(ministry, "published", "par-2022-components.csv", components2022.toString());
        assertThat(components.status()).as(components.body()).isEqualTo(200);
        var survey = upload(ministry, "scores", "sipas-2022.csv", survey2022.toString());
        assertThat(survey.status()).as(survey.body()).isEqualTo(200);

        JsonNode ranking =
                ministry.get("/api/v1/reform/rankings?year=2022&set=PROVINCES").json();
        assertThat(ranking.size()).isEqualTo(63);
        // Hà Nội (k = 0): 95.00, first; 2021 rank 63, index 60.00.
        assertRow(ranking, "01", "Hà Nội", "95.00", 1, 62, "Đồng bằng sông Hồng", 1, 11, "A");
        // Hà Giang (k = 1) and Cao Bằng (k = 2, raised to Hà Giang's SIPAS): tied second, Bắc Kạn fourth.
        assertRow(ranking, "02", "Hà Giang", "94.50", 2, 60, "Trung du và miền núi phía Bắc", 1, 14, "A");
        assertRow(ranking, "04", "Cao Bằng", "94.50", 2, 59, "Trung du và miền núi phía Bắc", 1, 14, "A");
        assertRow(ranking, "06", "Bắc Kạn", "93.50", 4, 56, "Trung du và miền núi phía Bắc", 3, 14, "A");
        // Hải Phòng (k = 19): 85.50, rank 20 (2021: 69.50, rank 44), sixth of the Red River Delta.
        assertRow(ranking, "31", "Hải Phòng", "85.50", 20, 24, "Đồng bằng sông Hồng", 6, 11, "B");
        // Cà Mau (k = 62): 64.00, last (2021: 91.00, first), last of the Mekong Delta.
        assertRow(ranking, "96", "Cà Mau", "64.00", 63, -62, "Đồng bằng sông Cửu Long", 13, 13, "C");
        // Groups with the method's thresholds: A ≥ 92.5 → k ≤ 5; B ≥ 80 → k ≤ 30.
        assertThat(count(ranking, "A")).isEqualTo(6);
        assertThat(count(ranking, "B")).isEqualTo(25);
        assertThat(count(ranking, "C")).isEqualTo(32);
        // Points change on the page: Hà Nội +35,00, Cà Mau −27,00.
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/reform?year=2022&set=PROVINCES").body();
        assertThat(page).contains("+35,00").contains("-27,00").contains("▲ 62").contains("▼ 62");
        // The unit page: trend over both years, areas against the average and the best, points lost.
        // The method exported in its import format (XLSX, read back) imports again unchanged.
        var exported = ministry.getAny("/api/v1/reform/methods/export?year=2022&set=PROVINCES&format=xlsx");
        assertThat(exported.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("code");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue())
                    .isEqualTo("Mức độ hài lòng của người dân (SIPAS)");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(92.5);
        }
        Path xlsx = dir.resolve("method-2022.xlsx");
        Files.write(xlsx, exported.bytes());
        var again = ministry.upload("/api/v1/reform/imports", xlsx, "kind", "method");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(ministry.get("/api/v1/reform/rankings?year=2022&set=PROVINCES")
                        .json()
                        .get(0)
                        .get("index")
                        .decimalValue())
                .isEqualByComparingTo("95.00");
        String unit = web.get(port, "/reform/units/31?set=PROVINCES&year=2022").body();
        assertThat(unit)
                .contains("Chỉ số CCHC của Hải Phòng")
                .contains("69,50 %")
                .contains("85,50 %")
                .contains("Mức độ hài lòng của người dân (SIPAS)")
                .contains("Kiểm tra CCHC");
    }

    @Test
    void aMethodWithAnUnknownParentOrKindIsRefusedWholeWithRowFieldAndReasonInVietnamese() throws IOException {
        Api ministry = Api.demo(port, "bnv.editor");
        var refused = upload(ministry, "method", "method-bad.csv", """
                year,set,province_code,code,parent_code,name,max_points,kind
                2023,MINISTRIES,,B1,,Chỉ đạo,40,SELF_ASSESSED
                2023,MINISTRIES,,B1.1,B9,Kế hoạch,40,SELF_ASSESSED
                2023,MINISTRIES,,B2,,Khảo sát,60,SURVEY
                2023,MINISTRIES,01,B3,,Khác,abc,MEASURED
                """);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.valueStream()
                        .map(e -> e.get("row").asInt() + "/" + e.get("column").asString()))
                .contains("3/parent_code", "4/kind", "5/province_code", "5/max_points");
        assertThat(errors.get(0).get("message").asString()).contains("B9").contains("không có");
        assertThat(jdbc.sql("SELECT count(*) FROM reform.method WHERE year = 2023 AND set_code = 'MINISTRIES'")
                        .query(Long.class)
                        .single())
                .isZero();
        // A province is not the evaluator of the ministries.
        var notEvaluator = upload(Api.demo(port, "hanoi.editor"), "method", "m.csv", """
                year,set,province_code,code,parent_code,name,max_points,kind
                2023,MINISTRIES,,B1,,Chỉ đạo,100,SELF_ASSESSED
                """);
        assertThat(notEvaluator.status()).isEqualTo(422);
        assertThat(notEvaluator.body()).contains("không phải cơ quan đánh giá");
        // An unknown set in the ranking query is a 422, not a 500.
        assertThat(ministry.get("/api/v1/reform/rankings?year=2023&set=WARDS").status())
                .isEqualTo(422);
    }

    private static long count(JsonNode ranking, String group) {
        return ranking.valueStream()
                .filter(r -> r.get("group").asString().equals(group))
                .count();
    }

    private static void assertRow(
            JsonNode ranking,
            String code,
            String name,
            String index,
            int rank,
            int rankChange,
            String region,
            int regionRank,
            int regionSize,
            String group) {
        JsonNode row = ranking.valueStream()
                .filter(r -> r.get("unitCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name").asString()).isEqualTo(name);
        assertThat(row.get("index").decimalValue()).as(code).isEqualByComparingTo(index);
        assertThat(row.get("rank").asInt()).as(code).isEqualTo(rank);
        assertThat(row.get("rankChange").asInt()).as(code).isEqualTo(rankChange);
        assertThat(row.get("region").asString()).isEqualTo(region);
        assertThat(row.get("regionRank").asInt()).as(code).isEqualTo(regionRank);
        assertThat(row.get("regionSize").asInt()).isEqualTo(regionSize);
        assertThat(row.get("group").asString()).as(code).isEqualTo(group);
    }
}
