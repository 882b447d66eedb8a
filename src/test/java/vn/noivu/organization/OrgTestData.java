package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import vn.noivu.Api;

/** Small builders for organisation tests: unique codes, restructurings as JSON. */
final class OrgTestData {

    private OrgTestData() {}

    /** A code nobody else uses, under a prefix ({@code UBND.01.T…}). */
    static String code(String prefix) {
        return prefix + ".T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static String establish(String date, String code, String name, String type, String parent, Integer group) {
        return """
                {"kind":"ESTABLISH","effectiveDate":"%s","predecessors":[],
                 "successors":[{"code":"%s","name":"%s","type":"%s","parentCode":%s,"autonomyGroup":%s}],
                 "legalBasis":"99/QĐ-TEST"}""".formatted(date, code, name, type, parent == null ? "null" : "\"" + parent + "\"", group);
    }

    static String change(String kind, String date, String predecessors, String successors) {
        return """
                {"kind":"%s","effectiveDate":"%s","predecessors":[%s],"successors":[%s],"legalBasis":"99/QĐ-TEST"}""".formatted(kind, date, predecessors, successors);
    }

    /** Establishes a unit through the API and checks it worked. */
    static void established(Api api, String date, String code, String type, String parent) {
        Api.Response r = api.post(
                "/api/v1/organizations/restructurings",
                establish(
                        date, code, "Đơn vị thử " + code, type, parent, "PUBLIC_SERVICE_UNIT".equals(type) ? 3 : null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
