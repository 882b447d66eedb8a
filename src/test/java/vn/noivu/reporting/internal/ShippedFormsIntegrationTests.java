package vn.noivu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The shipped report forms reach an instance that already holds an older definition of them: a
 * corrected definition of the same version replaces the one shipped before, a new version starts on its
 * date and leaves the old one for the periods before it, nothing is loaded twice, a version someone
 * imported is left alone, and every change is audited as "system".
 */
@NoiVuIntegrationTest
class ShippedFormsIntegrationTests {

    @Autowired
    ShippedForms shipped;

    @Autowired
    FormImports imports;

    @Autowired
    FormStore store;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The shipped 0604 under a code of this test, without its pre-filled cells, or with them. */
    byte[] definition(String code, boolean prefilled, String validFrom, String title) throws IOException {
        ObjectNode tree = (ObjectNode) json.readTree(resource("reporting/forms/0604.json"));
        tree.put("code", code);
        tree.put("validFrom", validFrom);
        if (title != null) {
            tree.put("title", title);
        }
        if (!prefilled) {
            tree.remove("prefill");
        }
        return json.writeValueAsBytes(tree);
    }

    long audited(String code, String action) {
        return jdbc.sql("""
                        SELECT count(*) FROM platform.audit_log
                        WHERE entity = 'reporting.form' AND entity_id = :c AND action = :a AND actor = 'system'""")
                .param("c", code)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    @Test
    void anInstanceWithTheOldDefinitionGetsTheNewOneOnceAndANewVersionKeepsTheOldForOldPeriods() throws IOException {
        String code = "0604.N/TEST-" + UUID.randomUUID().toString().substring(0, 8);
        // An instance loaded the older release's definition before checksums were recorded.
        imports.importDefinition(definition(code, false, "2023-05-10", null));
        assertThat(store.inForce(code, LocalDate.of(2025, 6, 30)).orElseThrow().prefill())
                .isNullOrEmpty();

        // The new release ships it with pre-filled cells: the start replaces it, as system.
        byte[] corrected = definition(code, true, "2023-05-10", null);
        ShippedForms.Outcome first = shipped.load(List.of(ShippedForms.resource("0604.json", corrected)));
        assertThat(first.replaced()).isEqualTo(1);
        FormDefinition now = store.inForce(code, LocalDate.of(2025, 6, 30)).orElseThrow();
        assertThat(now.prefill()).isNotEmpty();
        assertThat(now.prefill().get(0).source()).isEqualTo("reward.bodies.total");
        assertThat(store.importedBy(code, LocalDate.of(2023, 5, 10))).contains("system");
        assertThat(audited(code, "FORM_SHIPPED_UPDATE")).isEqualTo(1);
        assertThat(audited(code, "FORM_REPLACED")).isEqualTo(1);

        // The next start changes nothing.
        ShippedForms.Outcome again = shipped.load(List.of(ShippedForms.resource("0604.json", corrected)));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.replaced() + again.imported()).isZero();
        assertThat(audited(code, "FORM_SHIPPED_UPDATE")).isEqualTo(1);
        assertThat(audited(code, "FORM_REPLACED")).isEqualTo(1);

        // A new version from its date: the old one stays in force for the periods before it.
        byte[] next = definition(code, true, "2026-01-01", "Số lượng tổ chức làm công tác thi đua (mẫu mới)");
        ShippedForms.Outcome newer = shipped.load(List.of(ShippedForms.resource("0604-2026.json", next)));
        assertThat(newer.imported()).isEqualTo(1);
        assertThat(store.versions(code)).hasSize(2);
        assertThat(store.inForce(code, LocalDate.of(2025, 11, 30)).orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(store.inForce(code, LocalDate.of(2026, 11, 30)).orElseThrow().title())
                .endsWith("(mẫu mới)");
        assertThat(audited(code, "FORM_SHIPPED_VERSION")).isEqualTo(1);
        assertThat(audited(code, "FORM_VERSION_ENDED")).isEqualTo(1);

        // An older release's file shipped again after a newer version is left alone.
        ShippedForms.Outcome older = shipped.load(List.of(ShippedForms.resource("0604.json", corrected)));
        assertThat(older.unchanged()).isEqualTo(1);
        assertThat(store.versions(code)).hasSize(2);
    }

    @Test
    void aVersionSomeoneImportedIsLeftAlone() throws IOException {
        String code = "0604.N/TEST-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "bnv.admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            imports.importDefinition(definition(code, false, "2023-05-10", "Bộ ban hành lại"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        ShippedForms.Outcome outcome =
                shipped.load(List.of(ShippedForms.resource("0604.json", definition(code, true, "2023-05-10", null))));
        assertThat(outcome.leftAlone()).singleElement().asString().contains("imported by bnv.admin");
        assertThat(store.inForce(code, LocalDate.of(2025, 6, 30)).orElseThrow().title())
                .isEqualTo("Bộ ban hành lại");
        assertThat(audited(code, "FORM_SHIPPED_UPDATE")).isZero();
    }

    @Test
    void theShippedEmulationFormsReachAnInstanceThatHadThemWithoutPrefill() throws IOException {
        String code = "0602.N/BNV-TĐKT";
        LocalDate from = store.versions(code).get(0).validFrom();
        // As an instance of the older release held it: the same version without pre-filled cells.
        ObjectNode old = (ObjectNode) json.readTree(resource("reporting/forms/0602.json"));
        old.remove("prefill");
        imports.importDefinition(json.writeValueAsBytes(old));
        jdbc.sql("DELETE FROM reporting.shipped_form WHERE code = :c")
                .param("c", code)
                .update();
        assertThat(store.inForce(code, from).orElseThrow().prefill()).isNullOrEmpty();

        shipped.run(null);

        assertThat(store.inForce(code, from).orElseThrow().prefill()).isNotEmpty();
        assertThat(store.shippedChecksum(code, from)).isPresent();
    }
}
