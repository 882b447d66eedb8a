package vn.noivu.adminunit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;

/**
 * Loads the shipped administrative-unit reference data on start-up, on every instance (demo or not),
 * by running the same imports a user would ({@link ReferenceData#STEPS}), all in one transaction. The
 * bundle's hash is recorded, so a restart with the same bundle does nothing; a newer bundle applies
 * only what it adds, since every import is idempotent.
 */
@Component
@Order(10)
public class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AdminUnitImporter importer;
    private final TimelineStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReferenceDataLoader(
            AdminUnitImporter importer, TimelineStore store, JdbcClient jdbc, TransactionTemplate transactions) {
        this.importer = importer;
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the bundle unless this database already holds it; returns whether it loaded. */
    public boolean load() {
        String bundle = bundleHash();
        Boolean loaded = transactions.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('adminunit.reference'))")
                    .query(Object.class)
                    .single();
            boolean held = jdbc.sql("SELECT EXISTS (SELECT 1 FROM adminunit.reference_load WHERE bundle_sha256 = :s)")
                    .param("s", bundle)
                    .query(Boolean.class)
                    .single();
            if (held) {
                return false;
            }
            long started = System.nanoTime();
            loadLegalDocuments();
            Timeline timeline = store.load();
            for (ReferenceData.Step step : ReferenceData.STEPS) {
                byte[] content = ReferenceData.read(step.file());
                TabularFile file = read(step.file(), content);
                List<TabularRow> rows = file.rows().stream()
                        .filter(r -> step.rows().test(r.values()))
                        .toList();
                importer.importRows(
                        new AdminUnitImporter.Request(
                                step.kind(),
                                step.file(),
                                AdminUnitImporter.sha256(content),
                                step.effectiveDate(),
                                step.legalBasis()),
                        file.headers(),
                        rows,
                        VIETNAMESE,
                        timeline,
                        true);
            }
            // One write for all steps: on a first start nothing is written twice.
            long s0 = System.nanoTime();
            store.store(timeline);
            log.debug("Reference data written in {} ms", (System.nanoTime() - s0) / 1_000_000);
            // Fresh statistics, so that the first queries after a load are planned on the real sizes.
            jdbc.sql("ANALYZE adminunit.unit_version, adminunit.search_name, adminunit.change, adminunit.lineage")
                    .update();
            int ms = (int) ((System.nanoTime() - started) / 1_000_000);
            jdbc.sql("INSERT INTO adminunit.reference_load (bundle_sha256, duration_ms) VALUES (:s, :ms)")
                    .param("s", bundle)
                    .param("ms", ms)
                    .update();
            log.info("Administrative-unit reference data loaded in {} ms", ms);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private void loadLegalDocuments() {
        TabularFile file = read("legal-basis.csv", ReferenceData.read("legal-basis.csv"));
        for (TabularRow r : file.rows()) {
            jdbc.sql("""
                            INSERT INTO adminunit.legal_document (number, issuer, effective_date, title)
                            VALUES (:n, :issuer, CAST(:d AS date), :t) ON CONFLICT (number) DO NOTHING""")
                    .param("n", r.get("document"))
                    .param("issuer", LegalBasis.issuerOf(r.get("document")))
                    .param("d", r.get("effective_date"))
                    .param("t", r.get("description"))
                    .update();
        }
    }

    private static TabularFile read(String name, byte[] content) {
        try {
            return TabularFile.read(name, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash over the shipped files and the load plan. */
    static String bundleHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ReferenceData.Step step : ReferenceData.STEPS) {
                digest.update((step.kind() + "|" + step.file() + "|" + step.effectiveDate() + "|" + step.legalBasis())
                        .getBytes(StandardCharsets.UTF_8));
                digest.update(ReferenceData.read(step.file()));
            }
            digest.update(ReferenceData.read("legal-basis.csv"));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
