package vn.noivu.platform.users;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's signed-in sessions (Spring Session's rows in {@code platform.spring_session}, indexed by
 * principal name), on every instance at once since they share the table: after a password change or
 * reset nobody stays signed in with the old password, after a disable nobody stays signed in at all.
 */
@Component
class UserSessions {

    private final JdbcClient jdbc;

    UserSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session of {@code username} but {@code keptSessionId} (null: all); returns how many. */
    int endAll(String username, String keptSessionId) {
        return jdbc.sql("""
                        DELETE FROM platform.spring_session
                        WHERE principal_name = :u AND (CAST(:kept AS text) IS NULL OR session_id <> :kept)""").param("u", username).param("kept", keptSessionId).update();
    }
}
