package vn.noivu.staffing.web;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.DashboardFigure;
import vn.noivu.platform.web.NavigationItem;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.internal.Categories;
import vn.noivu.staffing.internal.ReductionEngine;

/** The staffing entry in the main navigation and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class StaffingNavigation {

    @Bean
    NavigationItem staffingNavigationItem() {
        return new NavigationItem("nav.staffing", "/staffing", 300, null);
    }

    /** Assigned posts of the quota categories in the latest year, in the user's scope. */
    @Bean
    DashboardFigure staffingQuotaFigure(Staffing staffing, ReductionEngine engine, Categories categories) {
        return new DashboardFigure() {
            @Override
            public String messageKey() {
                return "staffing.figure.quota";
            }

            @Override
            public Optional<Number> value(UserScope scope) {
                int year = staffing.latestYear();
                var cells = engine.tally(scope.path(), year, year, false).getOrDefault("", java.util.Map.of());
                long total = 0;
                for (String c : categories.quotaCodes(year)) {
                    ReductionEngine.Cell cell = cells.get(c);
                    total += cell == null ? 0 : cell.current;
                }
                return total == 0 ? Optional.empty() : Optional.of(total);
            }

            @Override
            public String link() {
                return "/staffing";
            }

            @Override
            public int order() {
                return 300;
            }
        };
    }
}
