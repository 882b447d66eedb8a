package vn.noivu.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.RankedUnit;
import vn.noivu.reform.Reform;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.Staffing;

/**
 * The review's later sections on the real database, each against what its module computes or against
 * a hand count of the records the test adds: the PAR Index of a past year ranked over that year's 63
 * provinces with a province against the country and its region; emulation and rewards; the year's
 * ratings and streamlining exits; reporting discipline as the completeness counts it; and the PDF
 * read back.
 */
@NoiVuIntegrationTest
class ReviewSectionsIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(870_000);

    @LocalServerPort
    int port;

    @Autowired
    Reform reform;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staffing staffing;

    @TempDir
    Path dir;

    /**
     * The published PAR Index 2021 of the 63 provinces of that year: province k (in code order) has 60 +
     * 0.5k, the very table the reform module's own test imports, so either import leaves the same year.
     */
    @Test
    void aPastYearsReformIndexRanksThatYearsProvincesAndAProvinceIsComparedWithTheCountryAndItsRegion()
            throws IOException {
        List<String> provinces = jdbc.sql("""
                        SELECT province_code FROM reform.region_member
                        WHERE valid_from <= DATE '2021-12-31' AND (valid_to IS NULL OR valid_to > DATE '2021-12-31')
                        ORDER BY province_code""").query(String.class).list();
        assertThat(provinces).hasSize(63);
        StringBuilder csv = new StringBuilder("year,unit_code,index\n");
        for (int k = 0; k < 63; k++) {
            csv.append("2021,")
                    .append(provinces.get(k))
                    .append(',')
                    .append(new BigDecimal("60").add(new BigDecimal(k).multiply(new BigDecimal("0.5"))))
                    .append('\n');
        }
        Path file = dir.resolve("par-2021.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        Api.Response imported =
                Api.demo(port, "bnv.editor").upload("/api/v1/reform/imports", file, "kind", "published");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        List<RankedUnit> ranking = reform.ranking(2021, EvaluatedSet.PROVINCES, "");
        BigDecimal average = mean(ranking);
        List<RankedUnit> ranking2020 = reform.ranking(2020, EvaluatedSet.PROVINCES, "");

        // The country: the 63 provinces of 2021 ranked, the best and the last named, each region's average.
        JsonNode national =
                Api.demo(port, "bnv.viewer").get("/api/v1/review?year=2021").json();
        assertThat(national.get("missingSections").size()).isZero();
        Map<String, JsonNode> figures = byKey(national);
        JsonNode par = figures.get("reform.PAR_INDEX");
        assertThat(par.get("value").decimalValue()).isEqualByComparingTo(average);
        if (ranking2020.isEmpty()) {
            assertThat(par.get("previous")).isNull();
        } else {
            assertThat(par.get("previous").decimalValue()).isEqualByComparingTo(mean(ranking2020));
        }
        assertThat(par.get("byProvince").size()).isEqualTo(63);
        assertThat(par.get("byProvince").get(0).get("name").asString())
                .isEqualTo(ranking.get(0).name());
        assertThat(par.get("sentence").asString())
                .contains("trung bình 63 tỉnh, thành phố đạt " + vn(average))
                .contains("cao nhất: " + ranking.get(0).name())
                .contains("thấp nhất: " + ranking.get(62).name());
        // Bình Dương, merged into TP Hồ Chí Minh in 2025, is ranked under its own name in 2021.
        assertThat(par.get("byProvince").toString()).contains("Bình Dương");
        List<RankedUnit> redRiver =
                ranking.stream().filter(u -> "DBSH".equals(u.regionCode())).toList();
        assertThat(figures.get("reform.region.DBSH").get("value").decimalValue())
                .isEqualByComparingTo(mean(redRiver));

        // Staffing ranks the provinces of 2021 too: Bình Dương on its own, TP Hồ Chí Minh without it and
        // Bà Rịa - Vũng Tàu (merged into it in 2025); re-cast, today's TP Hồ Chí Minh with both.
        Reduction hcm = staffing.reduction("79", 2015, 2021);
        Reduction binhDuong = staffing.reduction("74", 2015, 2021);
        Reduction vungTau = staffing.reduction("77", 2015, 2021);
        Map<String, JsonNode> of2021 = provinces(figures.get("staffing.TOTAL.2015"));
        assertThat(of2021.get("74").get("value").decimalValue())
                .isEqualByComparingTo(binhDuong.total().reductionPercent());
        assertThat(of2021.get("74").get("name").asString()).contains("Bình Dương");
        BigDecimal hcm2021 = CategoryReduction.of(
                        null,
                        hcm.total().baseline()
                                - binhDuong.total().baseline()
                                - vungTau.total().baseline(),
                        hcm.total().current()
                                - binhDuong.total().current()
                                - vungTau.total().current())
                .reductionPercent();
        assertThat(of2021.get("79").get("value").decimalValue()).isEqualByComparingTo(hcm2021);
        Map<String, JsonNode> recast = provinces(byKey(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/review?year=2021&recast=true")
                        .json())
                .get("staffing.TOTAL.2015"));
        assertThat(recast).doesNotContainKey("74").doesNotContainKey("77");
        assertThat(recast.get("79").get("value").decimalValue())
                .isEqualByComparingTo(hcm.total().reductionPercent());

        // Hà Nội: its index and rank among the 63, against the country and the Red River Delta.
        RankedUnit hanoi = ranking.stream()
                .filter(u -> u.unitCode().equals("01"))
                .findFirst()
                .orElseThrow();
        JsonNode own = byKey(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/review?year=2021")
                        .json())
                .get("reform.PAR_INDEX");
        assertThat(own.get("value").decimalValue()).isEqualByComparingTo(hanoi.index());
        assertThat(own.get("rank").asInt()).isEqualTo(hanoi.rank());
        assertThat(own.get("ranked").asInt()).isEqualTo(63);
        assertThat(own.get("national").decimalValue()).isEqualByComparingTo(average);
        if (hanoi.indexChange() == null) {
            assertThat(own.get("previous")).isNull();
        } else {
            assertThat(own.get("previous").decimalValue())
                    .isEqualByComparingTo(hanoi.index().subtract(hanoi.indexChange()));
        }
        assertThat(own.get("region").get("code").asString()).isEqualTo("DBSH");
        assertThat(own.get("region").get("value").decimalValue()).isEqualByComparingTo(mean(redRiver));
        assertThat(own.get("region").get("rank").asInt()).isEqualTo(hanoi.regionRank());
        assertThat(own.get("region").get("ranked").asInt()).isEqualTo(redRiver.size());
        assertThat(own.get("byProvince").size()).isZero();
        // Hà Nội's staffing figure against its region (the only province of the Red River Delta with
        // organisations in the demo data: first of one, the region's reduction its own).
        JsonNode staffed = byKey(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/review?year=2021")
                        .json())
                .get("staffing.TOTAL.2015");
        assertThat(staffed.get("region").get("code").asString()).isEqualTo("DBSH");
        assertThat(staffed.get("region").get("value").decimalValue())
                .isEqualByComparingTo(
                        staffing.reduction("01", 2015, 2021).total().reductionPercent());
        assertThat(staffed.get("sentence").asString()).contains("Trong vùng Đồng bằng sông Hồng: xếp thứ 1/1");
        assertThat(own.get("sentence").asString())
                .contains("xếp thứ " + hanoi.rank() + "/63")
                .contains("trung bình cả nước " + vn(average))
                .contains("vùng Đồng bằng sông Hồng " + vn(mean(redRiver)));
    }

    @Test
    void rewardsAndTheYearsRatingsAndExitsCountWhatWasRecorded() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        String query = "/api/v1/review?scope=01&year=2026&baselineYear=2021";
        Map<String, JsonNode> before = byKey(hanoi.get(query).json());

        long first = person(hanoi, "Nguyễn Văn Tổng Kết", "2025-01-02");
        long second = person(hanoi, "Trần Thị Tổng Kết", "2025-01-02");
        rate(hanoi, first, "EXCELLENT");
        rate(hanoi, second, "GOOD");
        Api.Response award = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"BANG_KHEN_BO_TINH","year":2026,"decisionNo":"818/QĐ-UBND",
                 "decisionDate":"2026-11-20","issuer":"Ủy ban nhân dân thành phố Hà Nội"}""".formatted(first));
        assertThat(award.status()).as(award.body()).isEqualTo(201);
        JsonNode amount = award.json().get("bonusAmount");
        long bonus = amount == null || !amount.isNumber() ? 0 : amount.longValue();
        Api.Response movement = hanoi.post("/api/v1/rewards/movements", """
                {"theme":"Thi đua tổng kết năm 2026","kind":"THEMATIC","scopeLevel":"MINISTRY_PROVINCE","scopeRef":"UBND.01",
                 "startsOn":"2026-02-01","endsOn":"2026-11-30","decisionNo":"19/KH-UBND","decisionDate":"2026-01-20",
                 "signer":"Nguyễn Văn Phát"}""");
        assertThat(movement.status()).as(movement.body()).isEqualTo(201);
        long leaving = person(hanoi, "Lê Văn Nghỉ Sớm Tổng Kết", "2025-01-02");
        Api.Response exit = hanoi.post("/api/v1/people/" + leaving + "/streamlining-exits", """
                {"regime":"ND178_EARLY_RETIREMENT","exitDate":"2026-05-04","decisionNo":"78/QĐ-TGBC","decisionDate":"2026-05-04",
                 "issuer":"UBND thành phố Hà Nội","allowanceAmount":250000000,"otherAmount":0}""");
        assertThat(exit.status()).as(exit.body()).isEqualTo(201);

        JsonNode review = hanoi.get(query).json();
        Map<String, JsonNode> after = byKey(review);
        assertThat(delta(before, after, "rewards.awards.TOTAL")).isEqualTo(1);
        assertThat(delta(before, after, "rewards.awards.BANG_KHEN_BO_TINH.I")).isEqualTo(1);
        assertThat(delta(before, after, "rewards.movements")).isEqualTo(1);
        assertThat(delta(before, after, "rewards.bonus")).isEqualTo(bonus);
        assertThat(after.get("rewards.awards.BANG_KHEN_BO_TINH.I").get("label").asString())
                .startsWith("Bằng khen")
                .doesNotContain("BANG_KHEN");
        assertThat(after.get("rewards.movements").get("sentence").asString()).contains("theo chuyên đề");

        assertThat(delta(before, after, "personnel.rated")).isEqualTo(2);
        int[] excellentBefore = counted(before.get("personnel.rating.EXCELLENT"));
        int[] excellentAfter = counted(after.get("personnel.rating.EXCELLENT"));
        assertThat(excellentAfter[0]).isEqualTo(excellentBefore[0] + 1);
        assertThat(excellentAfter[1]).isEqualTo(excellentBefore[1] + 2);
        assertThat(after.get("personnel.rating.EXCELLENT").get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(excellentAfter[0] * 100L)
                        .divide(BigDecimal.valueOf(excellentAfter[1]), 2, RoundingMode.HALF_UP));
        assertThat(after.get("personnel.rating.EXCELLENT").get("label").asString())
                .isEqualTo("Tỷ lệ hoàn thành xuất sắc nhiệm vụ");
        assertThat(delta(before, after, "personnel.streamlining.TOTAL")).isEqualTo(1);
        assertThat(after.get("personnel.streamlining.TOTAL").get("sentence").asString())
                .contains("Nghỉ hưu trước tuổi (NĐ 178/2024)");
        assertThat(review.toString()).doesNotContain("ND178_").doesNotContain("null người");
        // Section order: the year's events follow the headcount in the personnel section.
        JsonNode personnel = review.get("sections").get(3);
        assertThat(personnel.get("key").asString()).isEqualTo("personnel");
        assertThat(review.get("sections").get(4).get("key").asString()).isEqualTo("reform");
        assertThat(review.get("sections").get(5).get("key").asString()).isEqualTo("rewards");
        assertThat(review.get("sections").get(6).get("key").asString()).isEqualTo("reporting");

        // Another province's review counts none of it.
        Map<String, JsonNode> hcm = byKey(Api.demo(port, "bnv.viewer")
                .get("/api/v1/review?scope=79&year=2026&baselineYear=2021")
                .json());
        assertThat(hcm.values().toString()).doesNotContain("818/QĐ-UBND").doesNotContain("Thi đua tổng kết năm 2026");
    }

    /**
     * A provincial bloc of Hà Nội's departments, its leader of 2024 designated, its members scored and
     * the leading one proposed for the flag, all through the rewards API: Hà Nội's review of 2024 and the
     * country's state the flag with the bloc, its leader and the unit it went to; Hồ Chí Minh City's
     * does not.
     */
    @Test
    void aClustersFlagOfTheYearIsStatedWithItsLeaderAndTheLeadingUnit() {
        Api bnv = Api.demo(port, "bnv.editor");
        String code = "KHOI-RV-" + SERIAL.incrementAndGet();
        String name = "Khối thi đua các sở tổng hợp " + code;
        assertThat(bnv.post("/api/v1/rewards/clusters", """
                                {"code":"%s","name":"%s","leaderRule":"ROTATION"}""".formatted(code, name))
                        .status())
                .isEqualTo(201);
        String base = "/api/v1/rewards/clusters/" + code;
        Api.Response members = bnv.put(base + "/members/2024", """
                [{"orgCode":"UBND.01.SNV","rotationOrder":1},{"orgCode":"UBND.01.STP","rotationOrder":2},
                 {"orgCode":"UBND.01.STC","rotationOrder":3}]""");
        assertThat(members.status()).as(members.body()).isEqualTo(200);
        Api.Response leader = bnv.put(base + "/leaders/2024", """
                {"orgCode":"UBND.01.STP"}""");
        assertThat(leader.status()).as(leader.body()).isIn(200, 201);
        assertThat(bnv.put(base + "/criteria/2024", """
                                [{"code":"NV","name":"Thực hiện nhiệm vụ chính trị","maxPoints":100}]""").status()).isEqualTo(200);
        Api.Response scored = bnv.put(base + "/scores/2024", """
                [{"orgCode":"UBND.01.SNV","criterion":"NV","points":96},{"orgCode":"UBND.01.STP","criterion":"NV","points":90},
                 {"orgCode":"UBND.01.STC","criterion":"NV","points":88}]""");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        Api.Response flag = bnv.post(base + "/flags/2024", """
                {"title":"CO_TD_BO_TINH"}""");
        assertThat(flag.status()).as(flag.body()).isEqualTo(201);
        assertThat(flag.json().get("orgCode").asString()).isEqualTo("UBND.01.SNV");

        String key = "rewards.flag." + code + ".CO_TD_BO_TINH";
        JsonNode hanoi = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/review?scope=01&year=2024&baselineYear=2021")
                .json();
        JsonNode figure = byKey(hanoi).get(key);
        assertThat(figure).as("the flag's figure in Hà Nội's review").isNotNull();
        String sentence = figure.get("sentence").asString();
        String snv = jdbc.sql("SELECT name FROM organization.api_unit WHERE code = 'UBND.01.SNV'")
                .query(String.class)
                .single();
        String stp = jdbc.sql("SELECT name FROM organization.api_unit WHERE code = 'UBND.01.STP'")
                .query(String.class)
                .single();
        assertThat(sentence)
                .startsWith(name)
                .contains("trưởng cụm, khối năm 2024: " + stp)
                .contains("suy tôn " + snv + " dẫn đầu")
                .contains("Cờ thi đua của bộ, ban, ngành, tỉnh")
                .contains("năm 2024")
                .doesNotContain("CO_TD_BO_TINH");
        assertThat(figure.get("label").asString()).endsWith(" — " + name);
        assertThat(figure.get("link").asString()).isEqualTo("/rewards/clusters/" + code);
        // In the rewards section, where the review's text reads it.
        JsonNode rewards = null;
        for (JsonNode section : hanoi.get("sections")) {
            if (section.get("key").asString().equals("rewards")) {
                rewards = section;
            }
        }
        assertThat(rewards).isNotNull();
        assertThat(rewards.get("figures").toString()).contains(key);
        // The country's review states it too; another province's review does not.
        assertThat(byKey(Api.demo(port, "bnv.viewer")
                                .get("/api/v1/review?year=2024&baselineYear=2021")
                                .json())
                        .get(key))
                .isNotNull();
        Map<String, JsonNode> hcm = byKey(Api.demo(port, "bnv.viewer")
                .get("/api/v1/review?scope=79&year=2024&baselineYear=2021")
                .json());
        assertThat(hcm).doesNotContainKey(key);
        // A flag of another year is not this year's.
        assertThat(byKey(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/review?scope=01&year=2025&baselineYear=2021")
                        .json()))
                .doesNotContainKey(key);
    }

    @Test
    void reportingDisciplineIsTheCompletenessOfEachFormAndPeriod() {
        String form = "0604.N/BNV-TĐKT";
        Api ministry = Api.demo(port, "bnv.editor");
        String report = "/api/v1/reporting/reports/" + enc(form) + "/2025/UBND.01";
        // The reporting pages' test may have sent this report already (the database is shared): then it
        // stays as sent (409 to a change), and what follows holds just the same.
        Api.Response saved = ministry.put(
                report,
                "{\"values\":{\"01.1\": 3, \"04.1\": 1, \"05.1\": 2},"
                        + "\"overrides\":{\"01.1\":\"Số liệu nhập tay\",\"04.1\":\"Số liệu nhập tay\",\"05.1\":\"Số liệu nhập tay\"},"
                        + "\"receivedOn\":\"2025-12-10\"}");
        assertThat(saved.status()).as(saved.body()).isIn(200, 409);
        if (saved.status() == 200) {
            assertThat(ministry.post(report + "/submit", null).status()).isEqualTo(200);
        }

        JsonNode review = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/review?year=2025&baselineYear=2021")
                .json();
        Map<String, JsonNode> figures = byKey(review);
        JsonNode line = figures.get("reporting." + form + ".2025");
        assertThat(line).isNotNull();
        JsonNode completeness = ministry.get(
                        "/api/v1/reporting/completeness?form=" + enc(form) + "&period=2025&scope=01")
                .json();
        assertThat(completeness.get("submitted").asInt()).isPositive();
        assertThat(line.get("value").asInt())
                .isEqualTo(completeness.get("onTime").asInt());
        assertThat(line.get("sentence").asString())
                .contains(completeness.get("expected").asInt() + " báo cáo phải gửi")
                .contains("đúng hạn " + completeness.get("onTime").asInt())
                .contains("muộn " + completeness.get("late").asInt())
                .contains("chưa gửi " + completeness.get("missing").asInt());
        int onTime = 0;
        for (Map.Entry<String, JsonNode> f : figures.entrySet()) {
            if (f.getKey().startsWith("reporting.") && !f.getKey().equals("reporting.TOTAL")) {
                onTime += f.getValue().get("value").asInt();
            }
        }
        assertThat(figures.get("reporting.TOTAL").get("value").asInt()).isEqualTo(onTime);
    }

    @Test
    void thePdfIsLaidOutAsTheDocxAndStatesTheJsonFigures() throws IOException {
        Api viewer = Api.demo(port, "bnv.viewer");
        Map<String, JsonNode> figures =
                byKey(viewer.get("/api/v1/review?year=2021&baselineYear=2015").json());
        Api.Response pdf = viewer.getAny("/api/v1/review/document?year=2021&baselineYear=2015&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains(".pdf");
        PdfReader reader = new PdfReader(pdf.bytes());
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("BÁO CÁO")
                .contains("Nơi nhận:")
                .contains("BỘ NỘI VỤ");
        for (String key : List.of("staffing.CIVIL_SERVANT.2015", "staffing.TOTAL.2015", "apparatus.TOTAL.2015")) {
            JsonNode f = figures.get(key);
            assertThat(all).as(key).contains(f.get("sentence").asString());
        }
        assertThat(all).contains("6.644").contains("9,88 %");
        String fonts = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(fonts).contains("LiberationSerif");

        // The DOCX contract is untouched; an unknown format is refused by name.
        assertThat(viewer.getAny("/api/v1/review/document?year=2021&baselineYear=2015")
                        .header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Api.Response odt = viewer.get("/api/v1/review/document?year=2021&format=odt");
        assertThat(odt.status()).isEqualTo(422);
        assertThat(odt.body()).contains("odt");
    }

    private long person(Api api, String name, String recruitedOn) {
        String id = String.format("001085%06d", SERIAL.incrementAndGet());
        Api.Response r = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1985-03-04","sex":"M","orgCode":"UBND.01.STP"}""".formatted(id, name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long personId = r.json().get("id").asLong();
        Api.Response e = api.post("/api/v1/people/" + personId + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"UBND.01.STP","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":3,"decisionNo":"1/QĐ-STP","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(recruitedOn, recruitedOn));
        assertThat(e.status()).as(e.body()).isEqualTo(201);
        return personId;
    }

    private static void rate(Api api, long personId, String rating) {
        Api.Response r = api.post("/api/v1/people/" + personId + "/events", """
                {"kind":"EVALUATION","effectiveDate":"2026-12-01","year":2026,"rating":"%s",
                 "decisionNo":"9/QĐ-XL","decisionDate":"2026-12-01","issuer":"Sở Nội vụ"}""".formatted(rating));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static long delta(Map<String, JsonNode> before, Map<String, JsonNode> after, String key) {
        assertThat(after.get(key)).as(key).isNotNull();
        long was = before.containsKey(key) ? before.get(key).get("value").asLong() : 0;
        return after.get(key).get("value").asLong() - was;
    }

    /** "(n/m người)" of a rating's sentence: those with the rating and those rated; 0/0 when absent. */
    private static int[] counted(JsonNode figure) {
        if (figure == null) {
            return new int[] {0, 0};
        }
        Matcher m = Pattern.compile("\\(([0-9.]+)/([0-9.]+) người\\)")
                .matcher(figure.get("sentence").asString());
        assertThat(m.find()).isTrue();
        return new int[] {
            Integer.parseInt(m.group(1).replace(".", "")),
            Integer.parseInt(m.group(2).replace(".", ""))
        };
    }

    private static BigDecimal mean(List<RankedUnit> units) {
        return units.stream()
                .map(RankedUnit::index)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(units.size()), 2, RoundingMode.HALF_UP);
    }

    /** 88,37 % */
    private static String vn(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }

    private static String enc(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A ranking's provinces by code. */
    private static Map<String, JsonNode> provinces(JsonNode figure) {
        Map<String, JsonNode> out = new HashMap<>();
        figure.get("byProvince").forEach(p -> out.put(p.get("code").asString(), p));
        return out;
    }

    private static Map<String, JsonNode> byKey(JsonNode review) {
        Map<String, JsonNode> out = new HashMap<>();
        review.get("sections")
                .forEach(s -> s.get("figures").forEach(f -> out.put(f.get("key").asString(), f)));
        return out;
    }
}
