package vn.noivu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: a module uses another only through its root package (its API). */
class ModularityTests {

    @Test
    void modulesDependOnlyOnEachOthersPublicApi() {
        ApplicationModules.of(NoiVuApplication.class).verify();
    }
}
