package vn.noivu.adminunit.web;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.Today;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.DashboardFigure;
import vn.noivu.platform.web.NavigationItem;

/** The module's entry in the navigation and its figures on the home page (provinces, communes today). */
@Configuration(proxyBeanMethods = false)
class AdminUnitWebConfiguration {

    @Bean
    NavigationItem adminUnitNavigation() {
        return new NavigationItem("adminunit.nav", "/admin-units", 100, null);
    }

    @Bean
    DashboardFigure provincesToday(AdminUnitQueries queries) {
        return new LevelFigure(queries, "province", "adminunit.figure.provinces", 10);
    }

    @Bean
    DashboardFigure communesToday(AdminUnitQueries queries) {
        return new LevelFigure(queries, "commune", "adminunit.figure.communes", 11);
    }

    /** How many units of a level are in force today, the same for every scope (national reference data). */
    record LevelFigure(AdminUnitQueries queries, String level, String messageKey, int order)
            implements DashboardFigure {

        @Override
        public Optional<Number> value(UserScope scope) {
            return Optional.of(queries.summary(Today.inVietnam()).counts().get(level));
        }

        @Override
        public String link() {
            return "/admin-units";
        }
    }
}
