package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.platform.audit.AuditLog;

/**
 * The forms of the current regime shipped with NoiVu ({@code reporting/forms/*.json}; what was checked
 * and what is reconstructed: docs/reporting-forms.md), loaded at every start through the same import a
 * user runs, as the actor "system". Each load records the file's SHA-256 per form version
 * ({@code reporting.shipped_form}), so an unchanged file is skipped and a changed one is loaded when it
 * is newer than what the instance holds:
 *
 * <ul>
 *   <li>a code the instance lacks is imported;
 *   <li>a version starting later than the instance's latest is imported as a new version from its date:
 *       the open older version ends that day and stays in force for the periods before it;
 *   <li>a version starting on the same day as one the instance holds replaces it when that one was
 *       shipped too ({@code imported_by = system}) and the rows and columns are the same (a correction:
 *       sources of pre-filled cells, rules, notes), so reports already made still fit it;
 *   <li>otherwise the instance's own is left alone and the reason logged: a version someone imported (the
 *       Ministry may have issued its own), a newer version than the shipped one, or a changed layout that
 *       needs a new {@code validFrom}.
 * </ul>
 */
@Component
@Order(50)
class ShippedForms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedForms.class);

    static final String SYSTEM = "system";

    /** What one pass did with the shipped files, for the log and for tests. */
    record Outcome(int imported, int replaced, int unchanged, List<String> leftAlone) {}

    private final FormImports imports;
    private final FormStore store;
    private final FormReader reader;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ShippedForms(
            FormImports imports,
            FormStore store,
            FormReader reader,
            AuditLog audit,
            PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.store = store;
        this.reader = reader;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources =
                new PathMatchingResourcePatternResolver().getResources("classpath:reporting/forms/*.json");
        Outcome outcome = load(List.of(resources));
        if (outcome.imported() + outcome.replaced() > 0) {
            log.info(
                    "Shipped report forms: {} imported, {} replaced by a corrected definition",
                    outcome.imported(),
                    outcome.replaced());
        }
    }

    /** Loads the given shipped definitions (as at start), idempotently, as the actor "system". */
    Outcome load(List<Resource> resources) throws IOException {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            int imported = 0;
            int replaced = 0;
            int unchanged = 0;
            List<String> leftAlone = new ArrayList<>();
            for (Resource resource : resources) {
                byte[] bytes;
                try (InputStream in = resource.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                try {
                    switch (loadOne(resource.getFilename(), bytes, leftAlone)) {
                        case IMPORTED -> imported++;
                        case REPLACED -> replaced++;
                        case UNCHANGED -> unchanged++;
                        case LEFT_ALONE -> {}
                    }
                } catch (RefusedException e) {
                    e.problems().forEach(p -> log.error("{} {}: {}", resource.getFilename(), p.path(), p.message()));
                    throw e;
                }
            }
            return new Outcome(imported, replaced, unchanged, List.copyOf(leftAlone));
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    private enum Result {
        IMPORTED,
        REPLACED,
        UNCHANGED,
        LEFT_ALONE
    }

    private Result loadOne(String filename, byte[] bytes, List<String> leftAlone) {
        String sha = sha256(bytes);
        FormDefinition form = reader.read(bytes);
        return transactions.execute(status -> {
            if (store.shippedChecksum(form.code(), form.validFrom())
                    .filter(sha::equals)
                    .isPresent()) {
                return Result.UNCHANGED;
            }
            List<FormDefinition> versions = store.versions(form.code());
            if (versions.isEmpty()) {
                imports.importDefinition(bytes);
                store.recordShipped(form.code(), form.validFrom(), sha);
                return Result.IMPORTED;
            }
            Optional<FormDefinition> sameDay = versions.stream()
                    .filter(v -> v.validFrom().equals(form.validFrom()))
                    .findFirst();
            if (sameDay.isPresent()) {
                return replace(filename, form, sameDay.get(), sha, leftAlone);
            }
            FormDefinition latest = versions.get(versions.size() - 1);
            if (form.validFrom().isAfter(latest.validFrom()) && latest.validTo() == null) {
                imports.importDefinition(bytes);
                store.recordShipped(form.code(), form.validFrom(), sha);
                audit.record(
                        "FORM_SHIPPED_VERSION",
                        "reporting.form",
                        form.code(),
                        Map.of("validFrom", latest.validFrom().toString()),
                        Map.of("validFrom", form.validFrom().toString(), "sha256", sha),
                        filename);
                return Result.IMPORTED;
            }
            leftAlone.add(form.code() + " " + form.validFrom() + ": newer");
            log.info(
                    "Shipped form {} ({} from {}) left alone: the instance holds a version from {}",
                    form.code(),
                    filename,
                    form.validFrom(),
                    latest.validFrom());
            return Result.LEFT_ALONE;
        });
    }

    /** The shipped version of a day the instance already holds: replaced when it is a shipped correction. */
    private Result replace(
            String filename, FormDefinition form, FormDefinition held, String sha, List<String> leftAlone) {
        FormDefinition shipped = FormStore.copyWithValidTo(form, held.validTo());
        if (shipped.equals(held)) {
            store.recordShipped(form.code(), form.validFrom(), sha);
            return Result.UNCHANGED;
        }
        String importedBy = store.importedBy(form.code(), form.validFrom()).orElse(SYSTEM);
        if (!SYSTEM.equals(importedBy)) {
            leftAlone.add(form.code() + " " + form.validFrom() + ": imported by " + importedBy);
            log.warn(
                    "Shipped form {} ({}) differs from the version from {} that {} imported; left alone",
                    form.code(),
                    filename,
                    form.validFrom(),
                    importedBy);
            return Result.LEFT_ALONE;
        }
        if (!shipped.rows().equals(held.rows()) || !shipped.columns().equals(held.columns())) {
            leftAlone.add(form.code() + " " + form.validFrom() + ": layout changed");
            log.error(
                    "Shipped form {} ({}) changes the rows or columns of the version from {}: a new layout needs a"
                            + " new validFrom; left alone",
                    form.code(),
                    filename,
                    form.validFrom());
            return Result.LEFT_ALONE;
        }
        String before = store.shippedChecksum(form.code(), form.validFrom()).orElse(null);
        // Keeps the end of the held version (a newer one may follow it).
        imports.importDefinition(store.toJson(shipped).getBytes(StandardCharsets.UTF_8));
        store.recordShipped(form.code(), form.validFrom(), sha);
        audit.record(
                "FORM_SHIPPED_UPDATE",
                "reporting.form",
                form.code(),
                before == null ? null : Map.of("sha256", before),
                Map.of("validFrom", form.validFrom().toString(), "sha256", sha),
                filename);
        return Result.REPLACED;
    }

    /** A shipped definition given as bytes (tests simulate a newer release with it). */
    static Resource resource(String filename, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
