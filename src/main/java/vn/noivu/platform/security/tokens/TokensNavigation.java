package vn.noivu.platform.security.tokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.web.NavigationItem;

/** The administrators' entry to the API tokens page, next to users and the audit log. */
@Configuration(proxyBeanMethods = false)
class TokensNavigation {

    @Bean
    NavigationItem apiTokensNavigation() {
        return new NavigationItem("nav.tokens", "/admin/tokens", 905, "ADMIN");
    }
}
