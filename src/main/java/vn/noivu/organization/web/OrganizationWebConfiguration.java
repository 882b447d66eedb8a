package vn.noivu.organization.web;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.organization.internal.OrgClock;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.DashboardFigure;
import vn.noivu.platform.web.NavigationItem;

/** The module's entry in the navigation and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class OrganizationWebConfiguration {

    @Bean
    NavigationItem organizationNavigation() {
        return new NavigationItem("nav.organizations", "/organizations", 20, null);
    }

    @Bean
    DashboardFigure organizationsInForce(OrgQueries queries) {
        return new DashboardFigure() {
            @Override
            public String messageKey() {
                return "org.dashboard.units";
            }

            @Override
            public Optional<Number> value(UserScope scope) {
                return Optional.of(queries.countsByType(OrgClock.today(), scope).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum());
            }

            @Override
            public String link() {
                return "/organizations";
            }

            @Override
            public int order() {
                return 20;
            }
        };
    }
}
