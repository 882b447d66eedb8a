package vn.noivu.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own navigation entries. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", 0, null);
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", 900, "ADMIN");
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("nav.audit", "/admin/audit", 910, "ADMIN");
    }
}
