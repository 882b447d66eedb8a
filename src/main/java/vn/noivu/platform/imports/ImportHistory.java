package vn.noivu.platform.imports;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;

/**
 * Every module's imports, applied or refused (platform.import_history): who imported which file when,
 * how many rows, and the outcome. A refused import writes nothing else, so its line is written in a
 * transaction of its own. A user reads the lines of importers inside their scope (a province, its own).
 */
@Service
public class ImportHistory {

    /** The most lines a page or an export shows. */
    public static final int MAX_LINES = 1000;

    /** One import as the history tells it. */
    public record Entry(
            long id,
            OffsetDateTime importedAt,
            String module,
            String kind,
            String filename,
            int rows,
            boolean applied,
            int errors,
            int warnings,
            String actor) {}

    private final JdbcClient jdbc;

    ImportHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the outcome of an upload of {@code module}/{@code kind} by the current user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String module, String kind, String filename, ImportResult result) {
        record(
                module,
                kind,
                filename,
                result.rows(),
                result.applied(),
                result.errors().size(),
                result.warnings().size());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(
            String module, String kind, String filename, int rows, boolean applied, int errors, int warnings) {
        String name = filename == null ? "" : filename.replaceAll("\\p{Cntrl}", "");
        jdbc.sql("""
                        INSERT INTO platform.import_history
                            (module, kind, filename, row_count, applied, error_count, warning_count, actor, importer_scope)
                        VALUES (:module, :kind, :filename, :rows, :applied, :errors, :warnings, :actor, :scope)""")
                .param("module", module)
                .param("kind", kind == null ? "" : kind)
                .param("filename", name.substring(0, Math.min(name.length(), 255)))
                .param("rows", rows)
                .param("applied", applied)
                .param("errors", errors)
                .param("warnings", warnings)
                .param("actor", CurrentUser.actor())
                .param("scope", CurrentUser.scope().path())
                .update();
    }

    /**
     * Runs an import that does not go through {@link Uploads} (one that streams its file itself) and
     * records its outcome: applied with {@code rows} of the result, or refused with its errors.
     */
    public <T> T track(
            String module,
            String kind,
            String filename,
            java.util.function.Supplier<T> work,
            java.util.function.ToIntFunction<T> rows) {
        T result;
        try {
            result = work.get();
        } catch (ImportRefusedException e) {
            record(module, kind, filename, e.result());
            throw e;
        }
        record(module, kind, filename, rows.applyAsInt(result), true, 0, 0);
        return result;
    }

    /** The latest imports of {@code module} (all modules when blank) by importers inside {@code scope}. */
    @Transactional(readOnly = true)
    public List<Entry> recent(String module, UserScope scope, int limit) {
        return jdbc.sql("""
                        SELECT id, imported_at, module, kind, filename, row_count, applied, error_count,
                               warning_count, actor
                        FROM platform.import_history
                        WHERE (CAST(:module AS text) IS NULL OR module = :module)
                          AND importer_scope LIKE :scope
                        ORDER BY imported_at DESC, id DESC
                        LIMIT :limit""")
                .param("module", module == null || module.isBlank() ? null : module)
                .param("scope", scope.likePattern())
                .param("limit", Math.max(1, Math.min(limit, MAX_LINES)))
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getBoolean(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getString(10)))
                .list();
    }
}
