package vn.noivu.personnel.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.personnel.internal.career.StaffCategory;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Lookup;

/** The personnel catalogues a career event's fields pick from: ranks and titles, positions, categories, discipline. */
@Configuration(proxyBeanMethods = false)
class PersonnelLookups {

    /** A catalogue table searched by its folded name or its code. */
    private record CatalogueLookup(JdbcClient jdbc, String kind, String sql) implements Lookup {
        @Override
        public List<Option> search(String query, UserScope scope, int limit) {
            return jdbc.sql(sql)
                    .param("q", query)
                    .param("words", Lookup.words(query))
                    .param("limit", limit)
                    .query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
                    .list();
        }
    }

    @Bean
    Lookup rankLookup(JdbcClient jdbc) {
        return new CatalogueLookup(jdbc, "rank", """
                SELECT code, name || ' (' || code || ')' FROM personnel.rank
                WHERE valid_to IS NULL
                  AND (platform.fold(name) LIKE ALL (SELECT platform.fold(w) FROM unnest(CAST(:words AS text[])) w) OR code LIKE upper(:q) || '%')
                ORDER BY kind, code LIMIT :limit""");
    }

    @Bean
    Lookup positionLookup(JdbcClient jdbc) {
        return new CatalogueLookup(jdbc, "position", """
                SELECT DISTINCT ON (code) code, title FROM personnel.job_position
                WHERE valid_to IS NULL
                  AND (platform.fold(title) LIKE ALL (SELECT platform.fold(w) FROM unnest(CAST(:words AS text[])) w) OR code LIKE upper(:q) || '%')
                ORDER BY code, org_code NULLS FIRST LIMIT :limit""");
    }

    @Bean
    Lookup disciplineLookup(JdbcClient jdbc) {
        return new CatalogueLookup(jdbc, "discipline", """
                SELECT code, name FROM personnel.discipline_kind
                WHERE platform.fold(name) LIKE ALL (SELECT platform.fold(w) FROM unnest(CAST(:words AS text[])) w) OR code LIKE upper(:q) || '%'
                ORDER BY code LIMIT :limit""");
    }

    /** Lower case without diacritics, as platform.fold does in the database. */
    static String fold(String text) {
        String plain = java.text.Normalizer.normalize(
                text.strip().replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return plain.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Staff categories are an enumeration; their names are messages. */
    @Bean
    Lookup staffCategoryLookup(MessageSource messages) {
        return new Lookup() {
            @Override
            public String kind() {
                return "staff-category";
            }

            @Override
            public List<Option> search(String query, UserScope scope, int limit) {
                String[] words = fold(query).split("\\s+");
                return Arrays.stream(StaffCategory.values())
                        .map(c -> new Option(
                                c.name(),
                                messages.getMessage(
                                        "personnel.category." + c.name(),
                                        null,
                                        c.name(),
                                        LocaleContextHolder.getLocale())))
                        .filter(o -> Arrays.stream(words).allMatch(fold(o.label())::contains))
                        .limit(limit)
                        .toList();
            }
        };
    }
}
