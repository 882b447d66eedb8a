package vn.noivu.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;

/**
 * The audit trail (nhật ký): who changed what, when, with the state before and after as JSON. Every
 * write of every module calls {@link #record}; rows are append-only (a database trigger refuses
 * UPDATE and DELETE), and a user browses only the rows of actors inside their scope.
 */
@Service
public class AuditLog {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change made by the current user, in the caller's transaction. */
    public void record(String action, String entity, String entityId, Object before, Object after) {
        record(action, entity, entityId, before, after, null);
    }

    public void record(String action, String entity, String entityId, Object before, Object after, String detail) {
        insert(CurrentUser.actor(), CurrentUser.scope().path(), action, entity, entityId, before, after, detail);
    }

    /** Records an event on behalf of a named actor (logins happen before there is a current user). */
    public void recordAs(
            String actor, String action, String entity, String entityId, Object before, Object after, String detail) {
        String scopePath = jdbc.sql("SELECT scope_path FROM platform.user_account WHERE username = :u")
                .param("u", actor)
                .query(String.class)
                .optional()
                .orElse("/");
        insert(actor, scopePath, action, entity, entityId, before, after, detail);
    }

    private void insert(
            String actor,
            String scopePath,
            String action,
            String entity,
            String entityId,
            Object before,
            Object after,
            String detail) {
        jdbc.sql("""
                        INSERT INTO platform.audit_log
                            (actor, actor_scope, action, entity, entity_id, before_state, after_state, detail)
                        VALUES (:actor, :scope, :action, :entity, :entityId,
                                CAST(:before AS jsonb), CAST(:after AS jsonb), :detail)""")
                .param("actor", actor)
                .param("scope", scopePath)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("detail", detail)
                .update();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String s ? s : json.writeValueAsString(state);
    }

    /** Audit rows matching the filter, newest first, limited to actors inside {@code scope}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, UserScope scope) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, action, entity, entity_id,
                               before_state::text AS before_state, after_state::text AS after_state, detail
                        FROM platform.audit_log
                        WHERE actor_scope LIKE :scope
                          AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                          AND (CAST(:action AS text) IS NULL OR action = :action)
                          AND (CAST(:entity AS text) IS NULL OR entity = :entity)
                          AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
                          AND (CAST(:fromTs AS timestamptz) IS NULL OR occurred_at >= CAST(:fromTs AS timestamptz))
                          AND (CAST(:toTs AS timestamptz) IS NULL OR occurred_at < CAST(:toTs AS timestamptz))
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("scope", scope.likePattern())
                .param("actor", blankToNull(filter.actor()))
                .param("action", blankToNull(filter.action()))
                .param("entity", blankToNull(filter.entity()))
                .param("entityId", blankToNull(filter.entityId()))
                .param("fromTs", startOf(filter.from()))
                .param("toTs", startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .param("limit", filter.pageSize())
                .param("offset", vn.noivu.shared.Paging.offset(filter.page(), filter.pageSize()))
                .query(AuditEntry.class)
                .list();
    }

    private static OffsetDateTime startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(VIETNAM).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
