package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.UserScope;

/**
 * Reads the facts of people and units: the reward module's registry and inputs, and the members of a
 * unit from personnel.api_employment (people employed in the unit's subtree at the end of the
 * emulation year, 30/11).
 */
@Component
class FactReader {

    private final JdbcClient jdbc;

    FactReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Facts.PersonFacts person(long personId) {
        return people(List.of(personId)).get(0);
    }

    Facts.CollectiveFacts collective(String orgCode, String orgPath, int year) {
        List<Long> members = members(orgCode, orgPath, year);
        Map<Integer, java.util.Set<String>> titles = new HashMap<>();
        jdbc.sql("SELECT year, title_code FROM reward.award WHERE org_code = :o AND revoked_on IS NULL")
                .param("o", orgCode)
                .query((rs, n) -> titles.computeIfAbsent(rs.getInt(1), y -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return new Facts.CollectiveFacts(orgCode, titles, members.isEmpty() ? List.of() : people(members));
    }

    /** The facts of every member of a unit's subtree at the end of the emulation year, in a few set reads. */
    List<Facts.PersonFacts> membersFacts(String orgCode, String orgPath, int year, int span) {
        List<Long> members = members(orgCode, orgPath, year);
        // Only the years the rules look at: a province has ten years of records for each of its people.
        return members.isEmpty() ? List.of() : people(members, year - span + 1, year);
    }

    /** People employed in the unit's subtree on 30/11 of the year (the end of the emulation year). */
    private List<Long> members(String orgCode, String orgPath, int year) {
        return jdbc.sql("""
                        SELECT DISTINCT e.person_id FROM personnel.api_employment e
                        JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE u.path LIKE :pattern AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
                        ORDER BY e.person_id""")
                .param("pattern", new UserScope(orgCode, orgPath).likePattern())
                .param("d", LocalDate.of(year, 11, 30))
                .query(Long.class)
                .list();
    }

    private List<Facts.PersonFacts> people(Collection<Long> ids) {
        return people(ids, 1945, 2100);
    }

    /** The facts of these people in the years {@code fromYear}–{@code toYear}, in four set reads. */
    private List<Facts.PersonFacts> people(Collection<Long> ids, int fromYear, int toYear) {
        Long[] array = ids.toArray(Long[]::new);
        LocalDate fromDate = LocalDate.of(fromYear, 1, 1);
        LocalDate toDate = LocalDate.of(toYear, 12, 31);
        Map<Long, Map<Integer, String>> ratings = new HashMap<>();
        Map<Long, Map<Integer, java.util.Set<String>>> titles = new HashMap<>();
        Map<Long, List<Facts.InitiativeFact>> initiatives = new HashMap<>();
        Map<Long, List<Facts.DisciplineFact>> disciplines = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, year, rating FROM reward.rating
                        WHERE person_id = ANY(:ids) AND year BETWEEN :y1 AND :y2""")
                .param("ids", array)
                .param("y1", fromYear)
                .param("y2", toYear)
                .query(rs -> {
                    ratings.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
                });
        jdbc.sql("""
                        SELECT person_id, year, title_code FROM reward.award
                        WHERE person_id = ANY(:ids) AND revoked_on IS NULL AND year BETWEEN :y1 AND :y2""")
                .param("ids", array)
                .param("y1", fromYear)
                .param("y2", toYear)
                .query(rs -> {
                    titles.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), y -> new HashSet<>())
                            .add(rs.getString(3));
                });
        jdbc.sql("""
                        SELECT person_id, recognised_scope, recognised_on, decision_no FROM reward.initiative
                        WHERE person_id = ANY(:ids) AND recognised_on BETWEEN :d1 AND :d2 ORDER BY recognised_on""")
                .param("ids", array)
                .param("d1", fromDate)
                .param("d2", toDate)
                .query(rs -> {
                    initiatives
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Facts.InitiativeFact(
                                    rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
                });
        jdbc.sql("""
                        SELECT person_id, level, decided_on, decision_no FROM reward.discipline
                        WHERE person_id = ANY(:ids) AND decided_on BETWEEN :d1 AND :d2 ORDER BY decided_on""")
                .param("ids", array)
                .param("d1", fromDate)
                .param("d2", toDate)
                .query(rs -> {
                    disciplines
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Facts.DisciplineFact(
                                    rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
                });
        List<Facts.PersonFacts> result = new ArrayList<>();
        for (Long id : ids) {
            result.add(new Facts.PersonFacts(
                    id,
                    ratings.getOrDefault(id, Map.of()),
                    titles.getOrDefault(id, Map.of()),
                    initiatives.getOrDefault(id, List.of()),
                    disciplines.getOrDefault(id, List.of())));
        }
        return result;
    }
}
