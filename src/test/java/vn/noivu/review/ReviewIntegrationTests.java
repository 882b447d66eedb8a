package vn.noivu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.organization.OrgTypeChange;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.UserScope;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.Staffing;

/**
 * The annual review over the national demo data: its figures are the staffing and organisation modules'
 * own computations, in the JSON and in the DOCX read back; a province sees only itself with its rank;
 * an approved review keeps its figures after the data is corrected, and says so.
 */
@NoiVuIntegrationTest
class ReviewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Staffing staffing;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.noivu.personnel.Personnel personnel;

    @Test
    void nationalReviewOf2021StatesTheModulesOwnFiguresInJsonAndDocument() throws Exception {
        Api viewer = Api.demo(port, "bnv.viewer");
        Api.Response response = viewer.get("/api/v1/review?year=2021&baselineYear=2015");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode review = response.json();
        Map<String, JsonNode> figures = byKey(review);

        // Staffing: every category and the total, exactly as the staffing module computes them (run here
        // without a user: national).
        Reduction reduction = staffing.reduction(null, 2015, 2021);
        assertThat(reduction.categories()).isNotEmpty();
        for (CategoryReduction line : reduction.categories()) {
            if (line.baseline() == 0 && line.current() == 0) {
                continue;
            }
            JsonNode f = figures.get("staffing." + line.category() + ".2015");
            assertThat(f).as(line.category()).isNotNull();
            assertThat(f.get("value").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(line.current()));
            assertThat(f.get("baseline").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(line.baseline()));
            if (line.reductionPercent() != null) {
                assertThat(f.get("changePercent").decimalValue()).isEqualByComparingTo(line.reductionPercent());
            }
            assertThat(f.get("link").asString()).startsWith("/staffing?");
            assertThat(f.get("asOf").asString()).isEqualTo("2021-12-31");
            // for the country, the provinces ranked with the best and the last named
            assertThat(f.get("byProvince").size()).isGreaterThan(1);
            assertThat(f.get("sentence").asString())
                    .contains("Tỷ lệ giảm cao nhất")
                    .contains("thấp nhất");
        }
        JsonNode civil = figures.get("staffing.CIVIL_SERVANT.2015");
        assertThat(civil.get("sentence").asString())
                .contains("6.644 biên chế")
                .contains("giảm 728 biên chế (9,88 %) so với năm 2015");
        JsonNode total = figures.get("staffing.TOTAL.2015");
        assertThat(total.get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(reduction.total().current()));
        // NQ 39-NQ/TW, as its progress states it
        JsonNode nq39 = review.findValues("key").stream()
                .filter(k -> k.asString().startsWith("staffing.target."))
                .map(k -> figureOf(review, k.asString()))
                .filter(f -> f.get("sentence").asString().contains("39-NQ/TW"))
                .findFirst()
                .orElseThrow();
        long nq39Id = Long.parseLong(nq39.get("key").asString().substring("staffing.target.".length()));
        assertThat(nq39.get("value").decimalValue())
                .isEqualByComparingTo(staffing.progress(nq39Id, 2021).reductionPercent());
        assertThat(nq39.get("sentence").asString())
                .contains("so với năm 2015")
                .contains("chỉ tiêu Nghị quyết 39-NQ/TW");

        // Organisations per type, exactly as the organisation module's changes count them.
        for (OrgTypeChange c : organizations.changesByType(
                LocalDate.of(2015, 12, 31), LocalDate.of(2021, 12, 31), UserScope.NATIONAL)) {
            JsonNode f = figures.get("apparatus." + (c.type() == null ? "TOTAL" : c.type()) + ".2015");
            assertThat(f).as(c.type()).isNotNull();
            assertThat(f.get("value").asInt()).isEqualTo(c.after());
            assertThat(f.get("baseline").asInt()).isEqualTo(c.before());
        }

        // Headcount per category from the personnel module.
        long people = personnel.headcount(LocalDate.of(2021, 12, 31)).stream()
                .mapToLong(vn.noivu.personnel.Headcount::count)
                .sum();
        if (people > 0) {
            assertThat(figures.get("personnel.TOTAL.2015").get("value").asLong())
                    .isEqualTo(people);
        }

        // Sections in the sector's order; every module now supplies its section.
        List<String> keys = new ArrayList<>();
        review.get("sections").forEach(s -> keys.add(s.get("key").asString()));
        assertThat(keys)
                .containsExactly("apparatus", "adminunits", "staffing", "personnel", "reform", "rewards", "reporting");
        assertThat(review.get("missingSections").size()).isZero();

        // The DOCX states the same sentences and numbers.
        Api.Response doc = viewer.getAny("/api/v1/review/document?year=2021&baselineYear=2015");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.bytes()));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            String all = text.getText();
            assertThat(all)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("BÁO CÁO")
                    .contains("Nơi nhận:")
                    .contains(civil.get("sentence").asString())
                    .contains(nq39.get("sentence").asString())
                    .contains(
                            figures.get("apparatus.TOTAL.2015").get("sentence").asString())
                    .contains("9,88 %")
                    .contains("6.644");
            assertThat(docx.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> r.getText(0) != null && !r.getText(0).isBlank())
                            .allMatch(r -> "Times New Roman".equals(r.getFontFamily())))
                    .isTrue();
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW().toString())
                    .isEqualTo("11906");
        }
    }

    @Test
    void aProvincesReviewShowsOnlyThatProvinceAndItsRank() {
        JsonNode review =
                Api.demo(port, "hanoi.viewer").get("/api/v1/review?year=2021").json();
        assertThat(review.get("scopeName").asString()).contains("Hà Nội");
        JsonNode total = byKey(review).get("staffing.TOTAL.2015");
        Reduction hanoi = staffing.reduction("01", 2015, 2021);
        assertThat(total.get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(hanoi.total().current()));
        assertThat(total.get("rank").asInt()).isPositive();
        assertThat(total.get("ranked").asInt())
                .isGreaterThanOrEqualTo(total.get("rank").asInt());
        assertThat(total.get("byProvince").size()).isZero();
        assertThat(total.get("national").decimalValue())
                .isEqualByComparingTo(
                        staffing.reduction(null, 2015, 2021).total().reductionPercent());
        assertThat(total.get("sentence").asString())
                .contains("Xếp thứ " + total.get("rank").asInt() + "/");
        assertThat(review.toString()).doesNotContain("Hồ Chí Minh");

        // History: a province merged in 2025 is reviewed on its own units of 2021 by its former code.
        JsonNode binhDuong = Api.demo(port, "bnv.viewer")
                .get("/api/v1/review?scope=74&year=2021")
                .json();
        assertThat(binhDuong.get("scopeName").asString()).contains("Bình Dương");
        assertThat(byKey(binhDuong).get("staffing.TOTAL.2015").get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(
                        staffing.reduction("74", 2015, 2021).total().current()));
        // another province is not there to be read
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/review?scope=79&year=2021")
                        .status())
                .isEqualTo(404);
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/review?year=2021&baselineYear=2022")
                        .status())
                .isEqualTo(422);
    }

    /**
     * A province's rank is among today's provinces (their history re-cast, as its own figures are), for
     * every staffing figure the country ranks: the same place as in the country's re-cast ranking, out of
     * as many provinces, stated in the sentence ("Xếp thứ r/n"); and the provinces of the year (the
     * country's ranking of 2021, not re-cast) are not what it is ranked among. Only the province's own
     * place leaves the computation: no other province is named.
     */
    @Test
    void aProvincesRankIsItsPlaceAmongTodaysProvincesInEveryRankedFigure() {
        Api viewer = Api.demo(port, "bnv.viewer");
        Map<String, JsonNode> today = byKey(viewer.get("/api/v1/review?year=2021&baselineYear=2015&recast=true")
                .json());
        Map<String, JsonNode> ofTheYear =
                byKey(viewer.get("/api/v1/review?year=2021&baselineYear=2015").json());
        JsonNode review = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/review?year=2021&baselineYear=2015")
                .json();
        Map<String, JsonNode> hanoi = byKey(review);
        int ranked = 0;
        for (Map.Entry<String, JsonNode> e : today.entrySet()) {
            JsonNode provinces = e.getValue().get("byProvince");
            if (!e.getKey().startsWith("staffing.") || provinces == null || provinces.isEmpty()) {
                continue;
            }
            int place = 0;
            for (JsonNode p : provinces) {
                if (p.get("code").asString().equals("01")) {
                    place = p.get("rank").asInt();
                }
            }
            JsonNode own = hanoi.get(e.getKey());
            if (place == 0) {
                // Hà Nội has no reduction of that category to rank.
                assertThat(own == null
                                || own.get("rank") == null
                                || own.get("rank").isNull())
                        .as(e.getKey())
                        .isTrue();
                continue;
            }
            assertThat(own).as(e.getKey()).isNotNull();
            assertThat(own.get("rank").asInt()).as(e.getKey()).isEqualTo(place);
            assertThat(own.get("ranked").asInt()).as(e.getKey()).isEqualTo(provinces.size());
            assertThat(own.get("sentence").asString())
                    .as(e.getKey())
                    .contains("Xếp thứ " + place + "/" + provinces.size() + " tỉnh, thành phố");
            assertThat(own.get("byProvince").size()).as(e.getKey()).isZero();
            ranked++;
        }
        assertThat(ranked).as("ranked figures of Hà Nội").isPositive();
        // Today's provinces, not those of 2021: the country's 2021 ranking has the provinces merged since.
        JsonNode total = hanoi.get("staffing.TOTAL.2015");
        Set<String> todays = new HashSet<>();
        today.get("staffing.TOTAL.2015")
                .get("byProvince")
                .forEach(p -> todays.add(p.get("code").asString()));
        Set<String> then = new HashSet<>();
        ofTheYear
                .get("staffing.TOTAL.2015")
                .get("byProvince")
                .forEach(p -> then.add(p.get("code").asString()));
        assertThat(then).contains("74", "77").containsAll(todays);
        assertThat(todays).contains("01").doesNotContain("74", "77");
        assertThat(total.get("ranked").asInt()).isEqualTo(todays.size());
        // Only Hà Nội: no other province is named anywhere in its review.
        assertThat(review.toString())
                .doesNotContain("Hồ Chí Minh")
                .doesNotContain("Bình Dương")
                .doesNotContain("Vũng Tàu");
    }

    @Test
    void anApprovedReviewKeepsItsFiguresAfterTheDataIsCorrectedAndSaysSo() {
        String query = "scope=01&year=2021&baselineYear=2016";
        Api editor = Api.demo(port, "bnv.editor");
        Api leader = Api.demo(port, "bnv.leader");
        Api.Response saved = editor.post("/api/v1/review/drafts", """
                {"scope":"01","year":2021,"baselineYear":2016,
                 "narrative":{"staffing":"Thành phố đã thực hiện nghiêm Nghị quyết 39-NQ/TW."}}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        // four eyes: the drafter may not approve, and a drafter is no approver
        assertThat(editor.post("/api/v1/review/drafts/" + id + "/approve", null).status())
                .isEqualTo(403);
        Api.Response approved = leader.post("/api/v1/review/drafts/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        // an administrator holds every role, but may not approve what they drafted
        Api admin = Api.demo(port, "bnv.admin");
        long own = admin.post("/api/v1/review/drafts", "{\"scope\":\"01\",\"year\":2021,\"baselineYear\":2017}")
                .json()
                .get("id")
                .asLong();
        Api.Response self = admin.post("/api/v1/review/drafts/" + own + "/approve", null);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.body()).contains("không được tự phê duyệt");
        JsonNode before = byKey(leader.get("/api/v1/review?" + query).json()).get("staffing.CIVIL_SERVANT.2016");
        assertThat(editor.post("/api/v1/review/drafts", "{\"scope\":\"01\",\"year\":2021,\"baselineYear\":2016}")
                        .status())
                .isEqualTo(422);

        // A quota of Hà Nội for 2021 is corrected (and put back afterwards: other tests count it).
        String org = jdbc.sql("""
                        SELECT q.org_code FROM staffing.api_quota q JOIN organization.api_unit u ON u.code = q.org_code
                        WHERE u.path LIKE (SELECT path FROM organization.api_unit WHERE code = 'UBND.01') || '%'
                          AND q.year = 2021 AND q.category = 'CIVIL_SERVANT' AND q.assigned > 0
                        ORDER BY q.org_code LIMIT 1""").query(String.class).single();
        correct(org, +7);
        try {
            JsonNode after = leader.get("/api/v1/review?" + query).json();
            JsonNode kept = byKey(after).get("staffing.CIVIL_SERVANT.2016");
            assertThat(kept.get("value").decimalValue())
                    .isEqualByComparingTo(before.get("value").decimalValue());
            assertThat(after.get("approval").get("liveDiffers").asBoolean()).isTrue();
            Map<String, JsonNode> differences = new HashMap<>();
            after.get("approval")
                    .get("differences")
                    .forEach(d -> differences.put(d.get("key").asString(), d));
            assertThat(differences
                            .get("staffing.CIVIL_SERVANT.2016")
                            .get("live")
                            .decimalValue())
                    .isEqualByComparingTo(before.get("value").decimalValue().add(BigDecimal.valueOf(7)));
            assertThat(after.get("sections").get(2).get("narrative").asString()).contains("39-NQ/TW");
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM platform.audit_log WHERE entity = 'review.draft' AND entity_id = :id")
                            .param("id", String.valueOf(id))
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        } finally {
            correct(org, -7);
        }
    }

    /**
     * The sections read the personnel and organisation figures of several days at once (one pass, summed
     * in the database): the same numbers as those modules give day by day, for the country and for a
     * province (the units under its path today).
     */
    @Test
    void batchedReadsGiveTheSameFiguresAsTheModulesDayByDay() {
        String hanoi = jdbc.sql("SELECT path FROM organization.api_unit WHERE code = 'UBND.01'")
                .query(String.class)
                .single();
        java.util.Set<String> hanoiUnits =
                new java.util.HashSet<>(jdbc.sql("SELECT code FROM organization.api_unit WHERE path LIKE :p")
                        .param("p", hanoi + "%")
                        .query(String.class)
                        .list());
        // a repeated day too (a review of the year after its baseline asks the same day twice)
        java.util.List<LocalDate> days = java.util.List.of(
                LocalDate.of(2015, 12, 31), LocalDate.of(2020, 12, 31), LocalDate.of(2020, 12, 31), LocalDate.now());
        for (String path : java.util.Arrays.asList(null, hanoi)) {
            Map<LocalDate, Map<String, Long>> batched = personnel.headcountByCategory(days, path);
            long people = 0;
            for (LocalDate d : days) {
                Map<String, Long> expected = new java.util.TreeMap<>();
                for (vn.noivu.personnel.Headcount h : personnel.headcount(d)) {
                    if (path == null || hanoiUnits.contains(h.orgCode())) {
                        expected.merge(h.staffCategory(), h.count(), Long::sum);
                    }
                }
                expected.values().removeIf(n -> n == 0);
                assertThat(batched.get(d)).as(path + " " + d).isEqualTo(expected);
                people += expected.values().stream().mapToLong(Long::longValue).sum();
            }
            assertThat(people).as("the demo employs people in " + path).isPositive();
        }

        java.util.List<LocalDate> froms = java.util.List.of(LocalDate.of(2015, 12, 31), LocalDate.of(2021, 12, 31));
        LocalDate to = LocalDate.of(2025, 12, 31);
        for (UserScope scope : java.util.List.of(UserScope.NATIONAL, new UserScope("01", hanoi))) {
            java.util.List<java.util.List<OrgTypeChange>> batched = organizations.changesByType(froms, to, scope);
            for (int i = 0; i < froms.size(); i++) {
                assertThat(batched.get(i))
                        .as(scope.path() + " from " + froms.get(i))
                        .isEqualTo(organizations.changesByType(froms.get(i), to, scope))
                        .isNotEmpty();
            }
        }
    }

    private void correct(String org, int posts) {
        jdbc.sql("UPDATE staffing.quota SET assigned = assigned + :d WHERE org_code = :o AND year = 2021"
                        + " AND category = 'CIVIL_SERVANT'")
                .param("d", posts)
                .param("o", org)
                .update();
    }

    private static Map<String, JsonNode> byKey(JsonNode review) {
        Map<String, JsonNode> out = new HashMap<>();
        review.get("sections")
                .forEach(s -> s.get("figures").forEach(f -> out.put(f.get("key").asString(), f)));
        return out;
    }

    private static JsonNode figureOf(JsonNode review, String key) {
        return byKey(review).get(key);
    }
}
