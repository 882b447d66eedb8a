package vn.noivu.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewDraft;

/** The review's drafts in {@code review.draft}: versions of the narrative, the approved one with its figures. */
@Component
public class DraftStore {

    private static final String COLUMNS = "id, scope_code, year, baseline_year, version, narrative, status,"
            + " created_by, created_at, approved_by, approved_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String scope, int year, int baselineYear, Map<String, String> narrative, String actor) {
        return jdbc.sql("""
                        INSERT INTO review.draft (scope_code, year, baseline_year, version, narrative, created_by)
                        VALUES (:s, :y, :b,
                                (SELECT coalesce(max(version), 0) + 1 FROM review.draft
                                  WHERE scope_code = :s AND year = :y AND baseline_year = :b),
                                CAST(:n AS jsonb), :actor)
                        RETURNING id""")
                .param("s", key(scope))
                .param("y", year)
                .param("b", baselineYear)
                .param("n", json.writeValueAsString(narrative))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<ReviewDraft> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review.draft WHERE id = :id")
                .param("id", id)
                .query(this::draft)
                .optional();
    }

    /** Every version of a review, newest first. */
    public List<ReviewDraft> versions(String scope, int year, int baselineYear) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM review.draft WHERE scope_code = :s AND year = :y AND baseline_year = :b
                        ORDER BY version DESC""")
                .param("s", key(scope))
                .param("y", year)
                .param("b", baselineYear)
                .query(this::draft)
                .list();
    }

    public void approve(long id, List<Review.Section> sections, String actor) {
        jdbc.sql("""
                        UPDATE review.draft SET status = 'APPROVED', figures = CAST(:f AS jsonb),
                               approved_by = :actor, approved_at = now()
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("f", json.writeValueAsString(sections))
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    /** The frozen sections of an approved version. */
    public List<Review.Section> frozenSections(long id) {
        String text = jdbc.sql("SELECT figures::text FROM review.draft WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        return json.readValue(text, new TypeReference<List<Review.Section>>() {});
    }

    static String key(String scope) {
        return scope == null ? "" : scope;
    }

    private ReviewDraft draft(ResultSet rs, int n) throws SQLException {
        Map<String, String> narrative =
                json.readValue(rs.getString("narrative"), new TypeReference<Map<String, String>>() {});
        String scope = rs.getString("scope_code");
        return new ReviewDraft(
                rs.getLong("id"),
                scope.isEmpty() ? null : scope,
                rs.getInt("year"),
                rs.getInt("baseline_year"),
                rs.getInt("version"),
                narrative,
                rs.getString("status"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class));
    }
}
