package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.web.OrgUnitFigure;

/**
 * The staffing quota assigned to each unit's subtree in the latest year held up to the day's year
 * (categories counted in the quota only; support contracts are outside it): the column beside an
 * organisation's sub-units.
 */
@Component
class QuotaPerUnit implements OrgUnitFigure {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    QuotaPerUnit(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<Column> of(Collection<String> unitCodes, LocalDate asOf) {
        Integer year = jdbc.sql("SELECT max(year) FROM staffing.quota WHERE year <= :y")
                .param("y", asOf.getYear())
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (year == null || unitCodes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.code, sum(q.assigned)
                        FROM organization.api_unit c
                        JOIN organization.api_unit u ON u.path LIKE c.path || '%'
                        JOIN staffing.quota q ON q.org_code = u.code AND q.year = :y
                        WHERE c.code = ANY (:codes)
                          AND q.category IN (SELECT code FROM staffing.category GROUP BY code HAVING bool_or(counts_as_quota))
                        GROUP BY c.code""")
                .param("codes", unitCodes.toArray(String[]::new))
                .param("y", year)
                .query(rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                });
        String header = messages.getMessage(
                "staffing.orgUnit.quota", new Object[] {String.valueOf(year)}, LocaleContextHolder.getLocale());
        return Optional.of(new Column(header, sums));
    }

    @Override
    public int order() {
        return 10;
    }
}
