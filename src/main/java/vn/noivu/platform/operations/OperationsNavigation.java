package vn.noivu.platform.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

    @Bean
    NavigationItem operationsNavigationItem() {
        return new NavigationItem("nav.operations", "/admin/operations", 920, "ADMIN");
    }
}
