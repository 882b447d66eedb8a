package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A nomination through its whole procedure (Luật TĐKT Art. 84): dossier, secret ballot with the title's
 * share of all members, public notice with comments, appraisal, decision with four eyes, registry,
 * revocation; holds for disciplinary review and dissolved units; another province sees none of it.
 */
@NoiVuIntegrationTest
class NominationProcedureIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @TempDir
    static Path files;

    static long nominate(Api api, Long personId, String orgCode, String name, String title) {
        String subject = personId != null ? "\"personId\":" + personId : "\"orgCode\":\"" + orgCode + "\"";
        var r = api.post("/api/v1/rewards/nominations", """
                {%s,"nomineeName":"%s","title":"%s","year":2026,"summary":"Chủ trì số hóa hồ sơ."}""".formatted(subject, name, title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static void attachDossier(Api api, long id) throws IOException {
        for (String kind : new String[] {"PROPOSAL", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES"}) {
            Path file = Files.createTempFile(kind.toLowerCase() + "-", ".pdf");
            Files.writeString(file, "%PDF-1.4 " + kind);
            var r = api.upload("/api/v1/rewards/nominations/" + id + "/attachments", file, "kind", kind);
            Files.delete(file);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    static JsonNode step(Api api, long id, String step, String body, int expected) {
        var r = api.post("/api/v1/rewards/nominations/" + id + "/" + step, body);
        assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(expected);
        return r.json();
    }

    /** Dossier, council (9 of 10 for), notice that ended yesterday, appraisal agreed. */
    static void toAppraised(Api api, long id) throws IOException {
        attachDossier(api, id);
        step(api, id, "review", null, 200);
        step(api, id, "vote", """
                {"members":10,"present":8,"votesFor":9}""", 200);
        step(api, id, "notice", """
                {"from":"%s","days":5}""".formatted(TODAY.minusDays(6)), 200);
        step(api, id, "appraisal", """
                {"agreed":true,"opinion":"Hồ sơ đầy đủ, đúng quy định."}""", 200);
    }

    /** A step refused to a province: 403 with its reason in the caller's language. */
    static String refused(Api api, long id, String step, String body) {
        var r = api.post("/api/v1/rewards/nominations/" + id + "/" + step, body);
        assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(403);
        return r.body();
    }

    @Test
    void aStateHonourGoesThroughTheMinistryWhichAppraisesSubmitsAndRecordsThePresidentsDecision() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Văn Huân Chương", "UBND.01.SNV");
        long id = nominate(editor, personId, null, "Đỗ Văn Huân Chương", "HC_LAO_DONG_3");
        toAppraised(editor, id);
        String decision = """
                {"outcome":"APPROVED","decisionNo":"1234/QĐ-CTN","decisionDate":"%s","signer":"Chủ tịch nước"}""".formatted(TODAY);

        // The province does not decide an order: it proposes it to the Ministry.
        Api province = Api.demo(port, "hanoi.admin");
        assertThat(step(province, id, "decision", decision, 422).toString())
                .contains("Huân chương Lao động hạng Ba do Chủ tịch nước quyết định")
                .contains("trình Bộ Nội vụ");
        assertThat(step(editor, id, "submission", """
                        {"proposalNo":"45/QĐ-UBND","proposedOn":"%s"}""".formatted(TODAY), 422).toString())
                .contains("45/TTr-UBND");
        JsonNode submitted = step(editor, id, "submission", """
                {"proposalNo":"45/TTr-UBND","proposedOn":"%s"}""".formatted(TODAY), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("submissionNo").asString()).isEqualTo("45/TTr-UBND");

        // The Ministry's steps are refused to the province with the reason (403), whatever its role.
        String appraisal = """
                {"agreed":true,"opinion":"Ban Thi đua - Khen thưởng Trung ương thống nhất."}""";
        assertThat(refused(province, id, "ministry-appraisal", appraisal))
                .contains("Ban Thi đua - Khen thưởng Trung ương")
                .contains("Chủ tịch nước");
        assertThat(refused(province, id, "decision", decision)).contains("chỉ Bộ Nội vụ");
        // The Ministry decides nothing it has not appraised and submitted to the Prime Minister.
        Api leader = Api.demo(port, "bnv.leader");
        step(leader, id, "decision", decision, 422);
        JsonNode appraised = step(Api.demo(port, "bnv.editor"), id, "ministry-appraisal", appraisal, 200);
        assertThat(appraised.get("status").asString()).isEqualTo("MINISTRY_APPRAISED");
        assertThat(appraised.get("ministryOpinion").asString()).contains("thống nhất");
        String referral = """
                {"proposalNo":"120/TTr-BNV","proposedOn":"%s"}""".formatted(TODAY);
        assertThat(refused(province, id, "referral", referral)).contains("trình Thủ tướng Chính phủ");
        JsonNode referred = step(Api.demo(port, "bnv.editor"), id, "referral", referral, 200);
        assertThat(referred.get("status").asString()).isEqualTo("REFERRED");
        assertThat(referred.get("referralNo").asString()).isEqualTo("120/TTr-BNV");
        assertThat(refused(province, id, "decision", decision)).contains("chỉ Bộ Nội vụ");

        // The Ministry records the President's decision; the order enters the registry with its bonus.
        JsonNode decided = step(leader, id, "decision", decision, 200);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        JsonNode award =
                editor.get("/api/v1/rewards/awards?personId=" + personId).json().get(0);
        assertThat(award.get("title").asString()).isEqualTo("HC_LAO_DONG_3");
        assertThat(award.get("decisionNo").asString()).isEqualTo("1234/QĐ-CTN");
        // 4.5 × the base salary: half the collective 9 × of NĐ 152 Art. 51 (unverified, docs/reward-rules.md).
        assertThat(award.get("bonusAmount").asLong())
                .isEqualTo(Math.round(4.5 * award.get("baseSalary").asLong()));

        // Revoking a state honour is the Ministry's: the province is refused with the reason.
        String revocation = """
                {"reason":"Khai man thành tích kháng chiến.","decisionNo":"1300/QĐ-CTN","decisionDate":"%s"}""".formatted(TODAY);
        assertThat(refused(province, id, "revocation", revocation))
                .contains("Huân chương Lao động hạng Ba")
                .contains("tỉnh không tự thu hồi");
        assertThat(editor.get("/api/v1/rewards/nominations/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        JsonNode revoked = step(Api.demo(port, "bnv.admin"), id, "revocation", revocation, 200);
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedReason").asString()).isEqualTo("Khai man thành tích kháng chiến.");

        JsonNode audit = Api.demo(port, "bnv.admin")
                .get("/api/v1/audit?entity=reward.nomination&entityId=" + id)
                .json();
        assertThat(audit.toString())
                .contains("SUBMIT")
                .contains("MINISTRY_APPRAISE")
                .contains("REFER")
                .contains("DECIDE")
                .contains("REVOKE")
                .contains("Khai man thành tích kháng chiến.");
        JsonNode awardAudit = Api.demo(port, "bnv.admin")
                .get("/api/v1/audit?entity=reward.award&entityId="
                        + award.get("id").asLong())
                .json();
        assertThat(awardAudit.toString())
                .contains("REVOKE")
                .contains("bnv.admin")
                .contains("Khai man thành tích kháng chiến.");

        // A title the province decides itself does not go up.
        long plain = nominate(editor, personId, null, "Đỗ Văn Huân Chương", "CSTD_CS");
        toAppraised(editor, plain);
        assertThat(step(editor, plain, "submission", """
                        {"proposalNo":"46/TTr-UBND","proposedOn":"%s"}""".formatted(TODAY), 422).toString())
                .contains("không do Thủ tướng Chính phủ hay Chủ tịch nước quyết định");
    }

    @Test
    void aTitleOfThePrimeMinisterFollowsTheNationalPathAndTheProvinceDecidesOnlyItsOwn() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        Api province = Api.demo(port, "hanoi.admin");
        long personId = person(editor, "Đỗ Thị Thủ Tướng", "UBND.01.SNV");
        long id = nominate(editor, personId, null, "Đỗ Thị Thủ Tướng", "BANG_KHEN_TTG");
        toAppraised(editor, id);
        String decision = """
                {"outcome":"APPROVED","decisionNo":"88/QĐ-TTg","decisionDate":"%s","signer":"Thủ tướng Chính phủ"}""".formatted(TODAY);

        // Bằng khen of the Prime Minister: the province may not decide it, it proposes it.
        assertThat(step(province, id, "decision", decision, 422).toString())
                .contains("Bằng khen của Thủ tướng Chính phủ do Thủ tướng Chính phủ quyết định");
        step(editor, id, "submission", """
                {"proposalNo":"47/TTr-UBND","proposedOn":"%s"}""".formatted(TODAY), 200);
        assertThat(refused(province, id, "ministry-appraisal", """
                        {"agreed":true,"opinion":"Đồng ý."}""")).contains("Bằng khen của Thủ tướng Chính phủ");

        // The Ministry returns an incomplete dossier with its opinion; the province completes it.
        Api ministry = Api.demo(port, "bnv.editor");
        JsonNode returned = step(ministry, id, "ministry-appraisal", """
                {"agreed":false,"opinion":"Thiếu xác nhận sáng kiến."}""", 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("outcomeReason").asString()).isEqualTo("Thiếu xác nhận sáng kiến.");
        step(editor, id, "review", null, 200);
        step(editor, id, "vote", """
                {"members":10,"present":9,"votesFor":9}""", 200);
        step(editor, id, "notice", """
                {"from":"%s","days":5}""".formatted(TODAY.minusDays(6)), 200);
        step(editor, id, "appraisal", """
                {"agreed":true,"opinion":"Đã bổ sung."}""", 200);
        step(editor, id, "submission", """
                {"proposalNo":"52/TTr-UBND","proposedOn":"%s"}""".formatted(TODAY), 200);
        step(ministry, id, "ministry-appraisal", """
                {"agreed":true,"opinion":"Đủ điều kiện."}""", 200);

        // The Ministry finds it among what awaits it, in the list and in the list's workbook.
        WebSession ministryWeb = new WebSession();
        ministryWeb.login(port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        String awaiting = "/rewards/nominations?year=2026&status=SUBMITTED&status=MINISTRY_APPRAISED";
        assertThat(ministryWeb.get(port, awaiting).body())
                .contains("Đỗ Thị Thủ Tướng")
                .contains("Bộ Nội vụ đã thẩm định")
                .contains("Bằng khen của Thủ tướng Chính phủ");
        assertThat(ministryWeb
                        .get(port, "/rewards/nominations?year=2026&status=APPROVED")
                        .body())
                .doesNotContain("Đỗ Thị Thủ Tướng");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(ministryWeb.download(port, awaiting + "&format=xlsx")))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0) != null
                        && "Đỗ Thị Thủ Tướng".equals(row.getCell(0).toString())) {
                    assertThat(row.getCell(2).toString()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
                    assertThat(row.getCell(4).toString()).isEqualTo("Bộ Nội vụ đã thẩm định");
                    found = true;
                }
                if (row.getCell(4) != null) {
                    assertThat(row.getCell(4).toString()).isNotEqualTo("Đã quyết định khen thưởng");
                }
            }
            assertThat(found).isTrue();
        }

        // The Ministry records its proposal to the Prime Minister; its leader records the decision.
        step(ministry, id, "referral", """
                {"proposalNo":"121/TTr-BNV","proposedOn":"%s"}""".formatted(TODAY), 200);
        Api leader = Api.demo(port, "bnv.leader");
        JsonNode decided = step(leader, id, "decision", decision, 200);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        assertThat(editor.get("/api/v1/rewards/awards?personId=" + personId).body())
                .contains("88/QĐ-TTg");

        // The page shows the deciding level and the legal basis, with what is not verified marked so.
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/rewards/nominations/" + id).body();
        assertThat(page)
                .contains("Thủ tướng Chính phủ")
                .contains("121/TTr-BNV")
                .contains("Điều 72 (tập thể)")
                .contains("chưa kiểm chứng");

        // The province's page offers no Ministry step; posting one is refused with the reason.
        WebSession provinceWeb = new WebSession();
        provinceWeb.login(port, "hanoi.admin", TestUsers.DEMO_PASSWORD);
        assertThat(provinceWeb.get(port, "/rewards/nominations/" + id).body())
                .doesNotContain("ministry-appraisal-form")
                .doesNotContain("revocation-form");
        var refusedPage = provinceWeb.postForm(
                port,
                "/rewards/nominations/" + id + "/ministry-appraisal",
                Map.of("agreed", "true", "opinion", "Đồng ý."));
        assertThat(refusedPage.status()).isEqualTo(403);
        assertThat(refusedPage.body()).contains("Ban Thi đua - Khen thưởng Trung ương");

        // A Bằng khen of the province is still decided by the province's leader.
        long own = nominate(editor, personId, null, "Đỗ Thị Thủ Tướng", "BANG_KHEN_BO_TINH");
        toAppraised(editor, own);
        assertThat(step(province, own, "decision", """
                        {"outcome":"APPROVED","decisionNo":"130/QĐ-UBND","decisionDate":"%s","signer":"Chủ tịch UBND"}""".formatted(TODAY), 200)
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void aNominationGoesFromProposalThroughBallotNoticeAndAppraisalToTheRegistryAndCanBeRevoked() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Văn Quy Trình", "UBND.01.SNV");
        long id = nominate(editor, personId, null, "Đỗ Văn Quy Trình", "CSTD_CS");

        // The council needs the whole dossier (Art. 84): tờ trình, báo cáo thành tích, biên bản bình xét.
        assertThat(step(editor, id, "review", null, 422).toString()).contains("tờ trình");
        attachDossier(editor, id);
        assertThat(editor.get("/api/v1/rewards/nominations/" + id + "/attachments")
                        .json()
                        .size())
                .isEqualTo(3);
        step(editor, id, "review", null, 200);

        // No quorum (2/3 present): refused, the nomination stays before the council.
        assertThat(step(editor, id, "vote", """
                        {"members":12,"present":7,"votesFor":7}""", 422).toString()).contains("7/12");
        // CSTĐ cơ sở needs 80 % of ALL members: 8 of 10 (written votes of the absent included) pass.
        JsonNode voted = step(editor, id, "vote", """
                {"members":10,"present":7,"votesFor":8}""", 200);
        assertThat(voted.get("status").asString()).isEqualTo("VOTED");

        // Notice with the title's configured number of days when none is given.
        JsonNode noticed = step(editor, id, "notice", """
                {"from":"%s"}""".formatted(TODAY.minusDays(2)), 200);
        assertThat(noticed.get("noticeUntil").asString())
                .isEqualTo(TODAY.minusDays(2).plusDays(9).toString());
        // The appraisal waits for the notice to end.
        step(editor, id, "appraisal", """
                {"agreed":true,"opinion":"Đồng ý."}""", 422);
        assertThat(editor.get("/api/v1/rewards/nominations/" + id + "/comments").status())
                .isEqualTo(200);

        // A second nomination whose notice has ended goes on to the decision.
        long other = nominate(editor, personId, null, "Đỗ Văn Quy Trình", "BANG_KHEN_BO_TINH");
        toAppraised(editor, other);

        // An editor may not decide (role), the preparer may not either (four eyes).
        step(editor, other, "decision", """
                {"outcome":"APPROVED","decisionNo":"125/QĐ-UBND","decisionDate":"%s","signer":"Chủ tịch UBND"}""".formatted(TODAY), 403);
        Api leader = Api.demo(port, "bnv.leader");
        // The number and symbol in the official format.
        assertThat(step(leader, other, "decision", """
                        {"outcome":"APPROVED","decisionNo":"QĐ 125","decisionDate":"%s","signer":"Nguyễn Văn A"}""".formatted(TODAY), 422).toString())
                .contains("125/QĐ-UBND");
        JsonNode decided = step(leader, other, "decision", """
                {"outcome":"APPROVED","decisionNo":"125/QĐ-UBND","decisionDate":"%s","signer":"Nguyễn Văn A"}""".formatted(TODAY), 200);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        long awardId = decided.get("awardId").asLong();
        assertThat(editor.get("/api/v1/rewards/awards?personId=" + personId).body())
                .contains("\"id\":" + awardId)
                .contains("125/QĐ-UBND");

        // Revocation with its reason; the award stays in the registry but no longer counts.
        step(leader, other, "revocation", """
                {"reason":"Khai man thành tích.","decisionNo":"130/QĐ-UBND","decisionDate":"%s"}""".formatted(TODAY), 200);
        assertThat(editor.get("/api/v1/rewards/nominations/" + other)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REVOKED");
        JsonNode audit = Api.demo(port, "bnv.admin")
                .get("/api/v1/audit?entity=reward.nomination&entityId=" + other)
                .json();
        assertThat(audit.toString()).contains("DECIDE").contains("REVOKE").contains("VOTE");
    }

    @Test
    void theCouncilThresholdIsThatOfTheTitleAndTheOutcomesAreRecorded() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Thị Ngưỡng", "UBND.01.SNV");
        // CSTĐ bộ/tỉnh needs 90 % of all members: 8 of 10 is not enough.
        long high = nominate(editor, personId, null, "Đỗ Thị Ngưỡng", "CSTD_BO_TINH");
        attachDossier(editor, high);
        step(editor, high, "review", null, 200);
        JsonNode failed = step(editor, high, "vote", """
                {"members":10,"present":10,"votesFor":8}""", 200);
        assertThat(failed.get("status").asString()).isEqualTo("REJECTED");
        assertThat(failed.get("outcomeReason").asString()).contains("8/10").contains("90");

        // Downgraded to another form: the registry holds the form decided.
        long down = nominate(editor, personId, null, "Đỗ Thị Ngưỡng", "CSTD_CS");
        toAppraised(editor, down);
        Api leader = Api.demo(port, "bnv.leader");
        step(leader, down, "decision", """
                {"outcome":"DOWNGRADED","awardedTitle":"GIAY_KHEN","decisionNo":"77/QĐ-SNV","decisionDate":"%s",
                 "signer":"Giám đốc Sở"}""".formatted(TODAY), 200);
        assertThat(editor.get("/api/v1/rewards/awards?personId=" + personId).body())
                .contains("GIAY_KHEN");

        // Returned needs a reason; then the dossier may be completed and sent again.
        long back = nominate(editor, personId, null, "Đỗ Thị Ngưỡng", "LDTT");
        toAppraised(editor, back);
        step(leader, back, "decision", """
                {"outcome":"RETURNED"}""", 422);
        JsonNode returned = step(leader, back, "decision", """
                {"outcome":"RETURNED","reason":"Thiếu xác nhận của cấp ủy."}""", 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        step(editor, back, "review", null, 200);

        // Four eyes: an administrator who prepared a nomination may not decide it.
        Api admin = Api.demo(port, "hanoi.admin");
        long own = nominate(admin, personId, null, "Đỗ Thị Ngưỡng", "BANG_KHEN_BO_TINH");
        toAppraised(admin, own);
        assertThat(step(admin, own, "decision", """
                        {"outcome":"REJECTED","reason":"x"}""", 422).toString()).contains("bốn mắt");
    }

    @Test
    void aNomineeUnderDisciplinaryReviewOrOfADissolvedUnitIsHeldWithItsReason() {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Văn Xem Xét", "UBND.01.SNV");
        assertThat(editor.post("/api/v1/rewards/disciplines", """
                        {"personId":%d,"level":"PENDING_REVIEW","decidedOn":"2026-10-01","decisionNo":"5/TB-SNV"}""".formatted(personId))
                        .status())
                .isEqualTo(204);
        long id = nominate(editor, personId, null, "Đỗ Văn Xem Xét", "CSTD_CS");
        JsonNode held = editor.get("/api/v1/rewards/nominations/" + id).json();
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("holdReason").asString())
                .startsWith("DISCIPLINARY_REVIEW")
                .contains("5/TB-SNV");
        assertThat(step(editor, id, "release", null, 422).toString()).contains("xem xét kỷ luật");
        // The review ends with a measure: the nomination goes back to its step.
        editor.post("/api/v1/rewards/disciplines", """
                {"personId":%d,"level":"KHIEN_TRACH","decidedOn":"2026-11-01","decisionNo":"9/QĐ-SNV"}""".formatted(personId));
        assertThat(step(editor, id, "release", null, 200).get("status").asString())
                .isEqualTo("PROPOSED");

        String unit = RewardTestData.unit(editor);
        long collective = nominate(editor, null, unit, "Đơn vị thử", "TT_LDTT");
        var dissolved = editor.post("/api/v1/organizations/restructurings", """
                {"kind":"DISSOLVE","effectiveDate":"2026-06-01","predecessors":["%s"],"successors":[],
                 "legalBasis":"99/QĐ-TEST"}""".formatted(unit));
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(201);
        // Checked again at each step: the dossier may not go to the council.
        step(editor, collective, "review", null, 422);
        Path dummy = files.resolve("x.pdf");
        try {
            Files.writeString(dummy, "%PDF");
            for (String kind : new String[] {"PROPOSAL", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES"}) {
                editor.upload("/api/v1/rewards/nominations/" + collective + "/attachments", dummy, "kind", kind);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode after = step(editor, collective, "review", null, 200);
        assertThat(after.get("status").asString()).isEqualTo("HELD");
        assertThat(after.get("holdReason").asString()).startsWith("UNIT_DISSOLVED:" + unit);
    }

    @Test
    void thePublicCommentsWithoutLoginWhileTheNoticeRunsAndIsLimited() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Văn Góp Ý", "UBND.01.SNV");
        long id = nominate(editor, personId, null, "Đỗ Văn Góp Ý", "CSTD_CS");
        Api anonymous = Api.anonymous(port);
        String comment = """
                {"author":"Trần Văn Dân","body":"Tôi xác nhận thành tích này."}""";
        assertThat(anonymous
                        .post("/api/v1/rewards/public/" + id + "/comments", comment)
                        .status())
                .isEqualTo(404); // not in notice
        attachDossier(editor, id);
        step(editor, id, "review", null, 200);
        step(editor, id, "vote", """
                {"members":5,"present":5,"votesFor":5}""", 200);
        step(editor, id, "notice", """
                {"from":"%s","days":7}""".formatted(TODAY), 200);

        var sent = anonymous.post("/api/v1/rewards/public/" + id + "/comments", comment);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(anonymous
                        .post("/api/v1/rewards/public/" + id + "/comments", """
                        {"author":" ","body":"x"}""")
                        .status())
                .isEqualTo(422);

        // The page's form, without login.
        WebSession web = new WebSession();
        var page = web.get(port, "/public/rewards");
        assertThat(page.body()).contains("Đỗ Văn Góp Ý").contains("comment-form");
        var posted = web.postForm(
                port, "/public/rewards/" + id + "/comments", Map.of("author", "Lê Thị Dân", "body", "Đồng ý."));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).contains("/public/rewards?sent=");

        assertThat(editor.get("/api/v1/rewards/nominations/" + id + "/comments").body())
                .contains("Tôi xác nhận thành tích này.")
                .contains("Đồng ý.");
        assertThat(Api.demo(port, "bnv.admin")
                        .get("/api/v1/audit?action=COMMENT&entityId=" + id)
                        .body())
                .contains("Trần Văn Dân");

        // Five comments per address in ten minutes; the sixth is refused with 429 and a reason.
        int status = 0;
        for (int i = 0; i < 5 && status != 429; i++) {
            status = anonymous
                    .post("/api/v1/rewards/public/" + id + "/comments", comment)
                    .status();
        }
        var refused = anonymous.post("/api/v1/rewards/public/" + id + "/comments", comment);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("quá nhiều");
    }

    @Test
    void anotherProvinceReachesNoNominationStep() throws IOException {
        Api editor = Api.demo(port, "hanoi.editor");
        long personId = person(editor, "Đỗ Thị Phạm Vi", "UBND.01.SNV");
        long id = nominate(editor, personId, null, "Đỗ Thị Phạm Vi", "CSTD_CS");
        Api hcm = Api.demo(port, "hcm.editor");
        String base = "/api/v1/rewards/nominations/" + id;
        assertThat(hcm.get(base).status()).isEqualTo(404);
        assertThat(hcm.get(base + "/attachments").status()).isEqualTo(404);
        assertThat(hcm.get(base + "/comments").status()).isEqualTo(404);
        Path file = files.resolve("scope.pdf");
        Files.writeString(file, "%PDF");
        assertThat(hcm.upload(base + "/attachments", file, "kind", "PROPOSAL").status())
                .isEqualTo(404);
        for (String s : new String[] {"review", "vote", "notice", "appraisal", "release"}) {
            assertThat(hcm.post(base + "/" + s, "{}").status()).as(s).isEqualTo(404);
        }
        assertThat(hcm.get("/api/v1/rewards/nominations").body()).doesNotContain("Đỗ Thị Phạm Vi");
        // The pages too.
        WebSession web = new WebSession();
        web.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/rewards/nominations/" + id).status()).isEqualTo(404);
        web.get(port, "/rewards/nominations");
        assertThat(web.postForm(port, "/rewards/nominations/" + id + "/review", Map.of())
                        .status())
                .isEqualTo(404);
    }
}
