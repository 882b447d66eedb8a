package vn.noivu.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.noivu.platform.NoiVuProperties;
import vn.noivu.platform.users.UserAccounts;

/**
 * Demo organisations (docs/organization-demo.md), loaded in demo mode only, through the same imports
 * a user would run: the 2015 baseline of units, then the restructurings 2015–2025. A restart changes
 * nothing: the baseline is loaded once, and recorded restructurings are recognised.
 */
@Component
@Order(20)
class DemoOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    static final String UNITS = "organization/demo-units.csv";
    static final String RESTRUCTURINGS = "organization/demo-restructurings.csv";

    private final NoiVuProperties properties;
    private final OrgImports imports;
    private final OrgQueries queries;
    private final CurrentTree tree;
    private final UserAccounts accounts;

    DemoOrganizations(
            NoiVuProperties properties,
            OrgImports imports,
            OrgQueries queries,
            CurrentTree tree,
            UserAccounts accounts) {
        this.properties = properties;
        this.imports = imports;
        this.queries = queries;
        this.tree = tree;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demo()) {
            return;
        }
        long started = System.nanoTime();
        if (!queries.exists("BNV")) {
            load("units", UNITS);
        }
        load("restructurings", RESTRUCTURINGS);
        tree.refresh();
        accounts.refreshScopePaths();
        log.info("Demo organisations ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(String kind, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            imports.importFile(kind, resource, in);
        } catch (vn.noivu.platform.imports.ImportRefusedException e) {
            e.result()
                    .errors()
                    .forEach(err -> log.error("{} row {} {}: {}", resource, err.row(), err.column(), err.message()));
            throw e;
        }
    }
}
