package vn.noivu.personnel.internal;

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

/** How many people are employed on a day in each unit's subtree: the column beside an organisation's sub-units. */
@Component
class PeoplePerUnit implements OrgUnitFigure {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PeoplePerUnit(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<Column> of(Collection<String> unitCodes, LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (unitCodes.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("""
                        SELECT c.code, count(DISTINCT e.person_id)
                        FROM organization.api_unit c
                        JOIN organization.api_unit u ON u.path LIKE c.path || '%'
                        JOIN personnel.employment e ON e.org_code = u.code
                        WHERE c.code = ANY (:codes)
                          AND e.superseded_at IS NULL AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
                        GROUP BY c.code""")
                .param("codes", unitCodes.toArray(String[]::new))
                .param("d", asOf)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        String header = messages.getMessage(
                "personnel.orgUnit.people", null, "personnel.orgUnit.people", LocaleContextHolder.getLocale());
        return Optional.of(new Column(header, counts));
    }

    @Override
    public int order() {
        return 20;
    }
}
