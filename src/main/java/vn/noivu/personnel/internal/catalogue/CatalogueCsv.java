package vn.noivu.personnel.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;

/**
 * One catalogue file of {@code src/main/resources/personnel/} upserted row by row: each column is a
 * named parameter of the statement, which inserts what is missing and updates what changed.
 */
public final class CatalogueCsv {

    private CatalogueCsv() {}

    /** Runs {@code sql} once per row of {@code file}; returns the rows inserted or updated. */
    public static int upsert(JdbcClient jdbc, String file, String sql) {
        TabularFile table = read(file);
        int changed = 0;
        for (TabularRow row : table.rows()) {
            var statement = jdbc.sql(sql);
            for (String header : table.headers()) {
                statement = statement.param(header, row.get(header));
            }
            changed += statement.update();
        }
        return changed;
    }

    private static TabularFile read(String file) {
        try (InputStream in = new ClassPathResource("personnel/" + file).getInputStream()) {
            return TabularFile.read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue " + file, e);
        }
    }
}
