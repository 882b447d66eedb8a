package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.noivu.Api;

/** Small builders for reward tests: people with an employment history, units, awards. */
final class RewardTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger(930_000);

    /** When {@link #unit} establishes its unit; its members are recruited the next day. */
    static final String UNIT_ESTABLISHED = "2026-01-01";

    static final String MEMBERS_RECRUITED = "2026-01-02";

    private RewardTestData() {}

    /** A person born in 1985 recruited into {@code org} on 2018-01-02. */
    static long person(Api api, String name, String org) {
        return person(api, name, org, "2018-01-02");
    }

    /** A person born in 1985 recruited into {@code org} on {@code recruitedOn}. */
    static long person(Api api, String name, String org, String recruitedOn) {
        String id = String.format("001085%06d", SERIAL.incrementAndGet());
        var r = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1985-03-04","sex":"M","orgCode":"%s"}""".formatted(id, name, org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long personId = r.json().get("id").asLong();
        var e = api.post("/api/v1/people/" + personId + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"positionCode":"CM-TH",
                 "decisionNo":"1/QĐ-SNV","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(recruitedOn, org, recruitedOn));
        assertThat(e.status()).as(e.body()).isEqualTo(201);
        return personId;
    }

    /**
     * A new provincial department of Hà Nội, established on {@link #UNIT_ESTABLISHED}: after the
     * 2015–2025 window whose demo changes other tests count by hand.
     */
    static String unit(Api api) {
        String code = "UBND.01.T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        var r = api.post("/api/v1/organizations/restructurings", """
                {"kind":"ESTABLISH","effectiveDate":"%s","predecessors":[],
                 "successors":[{"code":"%s","name":"Đơn vị thử %s","type":"PROVINCIAL_DEPARTMENT","parentCode":"UBND.01"}],
                 "legalBasis":"99/QĐ-TEST"}""".formatted(UNIT_ESTABLISHED, code, code));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    static void award(Api api, long personId, String title, int year) {
        var r = api.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"%s","year":%d,"decisionNo":"%d/QĐ-UBND","decisionDate":"%d-11-30",
                 "issuer":"Chủ tịch UBND"}""".formatted(personId, title, year, year, year));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
