package vn.noivu.reform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.web.NavigationItem;

/** The reform index entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ReformNavigation {

    @Bean
    NavigationItem reformNavigationItem() {
        return new NavigationItem("nav.reform", "/reform", 650, null);
    }
}
