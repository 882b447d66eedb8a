package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms of the current regime shipped with NoiVu ({@code reporting/forms/*.json}; what was checked
 * and what is reconstructed: docs/reporting-forms.md), loaded at first start on every instance through
 * the same import a user runs. A form code already present is left alone: the Ministry may have issued
 * a newer version since.
 */
@Component
@Order(50)
class ShippedForms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedForms.class);

    private final FormImports imports;
    private final FormStore store;
    private final FormReader reader;

    ShippedForms(FormImports imports, FormStore store, FormReader reader) {
        this.imports = imports;
        this.store = store;
        this.reader = reader;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources =
                new PathMatchingResourcePatternResolver().getResources("classpath:reporting/forms/*.json");
        int loaded = 0;
        for (Resource resource : resources) {
            byte[] bytes;
            try (InputStream in = resource.getInputStream()) {
                bytes = in.readAllBytes();
            }
            try {
                FormDefinition form = reader.read(bytes);
                if (!store.exists(form.code())) {
                    imports.importDefinition(bytes);
                    loaded++;
                }
            } catch (RefusedException e) {
                e.problems().forEach(p -> log.error("{} {}: {}", resource.getFilename(), p.path(), p.message()));
                throw e;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} shipped report forms", loaded);
        }
    }
}
