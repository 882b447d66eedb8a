package vn.noivu.personnel.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.DashboardFigure;
import vn.noivu.platform.web.NavigationItem;

/** The personnel entry of the main navigation and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class PersonnelWebConfiguration {

    @Bean
    NavigationItem personnelNavigation() {
        return new NavigationItem("nav.personnel", "/personnel", 400, null);
    }

    @Bean
    DashboardFigure employedFigure(PersonnelQueries queries) {
        return new DashboardFigure() {
            @Override
            public String messageKey() {
                return "personnel.figure.employed";
            }

            @Override
            public Optional<Number> value(UserScope scope) {
                return Optional.of(queries.headcount(null, LocalDate.now(), true).stream()
                        .mapToLong(PersonnelQueries.HeadcountItem::count)
                        .sum());
            }

            @Override
            public String link() {
                return "/personnel/headcount";
            }

            @Override
            public int order() {
                return 400;
            }
        };
    }
}
