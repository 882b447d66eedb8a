package vn.noivu.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.web.NavigationItem;

/** The reporting entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavigationItem reportingNavigationItem() {
        return new NavigationItem("nav.reporting", "/reporting", 500, null);
    }
}
