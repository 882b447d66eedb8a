package vn.noivu.personnel.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.internal.career.CatalogueLoader;
import vn.noivu.personnel.internal.demo.DemoPeople;
import vn.noivu.platform.NoiVuProperties;

/** Start-up order 40: the personnel catalogues on every instance, demo people in demo mode only. */
@Component
@Order(40)
class PersonnelStartup implements ApplicationRunner {

    private final CatalogueLoader catalogues;
    private final DemoPeople demo;
    private final NoiVuProperties properties;

    PersonnelStartup(CatalogueLoader catalogues, DemoPeople demo, NoiVuProperties properties) {
        this.catalogues = catalogues;
        this.demo = demo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        catalogues.load();
        if (properties.demo()) {
            demo.load();
        }
    }
}
