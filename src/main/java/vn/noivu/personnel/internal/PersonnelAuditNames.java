package vn.noivu.personnel.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.internal.career.EventKind;
import vn.noivu.platform.audit.AuditCodeNames;
import vn.noivu.platform.imports.CodeLabels;

/**
 * A career event in an audited change read by its names: its kind, the rating, the form of discipline,
 * the staff category, the rank (with its code, as officials cite ranks).
 */
@Component
class PersonnelAuditNames implements AuditCodeNames {

    /** The event kinds (and the import that wrote a first version), as the messages name them. */
    private static final String[] KINDS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(EventKind.values()).map(Enum::name), java.util.stream.Stream.of("IMPORT"))
            .toArray(String[]::new);

    private static final String[] RATINGS = {"EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"};
    private static final String[] CATEGORIES = {
        "CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "COMMUNE_OFFICIAL", "COMMUNE_PART_TIME", "CONTRACT"
    };

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PersonnelAuditNames(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<String, CodeLabels> byField() {
        Map<String, String> ranks = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (code) code, name FROM personnel.rank ORDER BY code, valid_from DESC")
                .query(rs -> {
                    ranks.put(rs.getString(1), rs.getString(2) + " (" + rs.getString(1) + ")");
                });
        Map<String, String> discipline = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM personnel.discipline_kind ORDER BY code")
                .query(rs -> {
                    discipline.put(rs.getString(1), rs.getString(2));
                });
        CodeLabels rankLabels = CodeLabels.of(ranks);
        return Map.of(
                "kind", messages("personnel.kind.", KINDS),
                "rating", messages("personnel.rating.", RATINGS),
                "staffCategory", messages("personnel.category.", CATEGORIES),
                "rankCode", rankLabels,
                "rank", rankLabels,
                "disciplineCode", CodeLabels.of(discipline),
                "discipline", CodeLabels.of(discipline));
    }

    private CodeLabels messages(String prefix, String[] codes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            String name = messages.getMessage(prefix + code, null, null, LocaleContextHolder.getLocale());
            if (name != null) {
                names.put(code, name);
            }
        }
        return CodeLabels.of(names);
    }
}
