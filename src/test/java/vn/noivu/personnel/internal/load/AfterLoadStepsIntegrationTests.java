package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The workers that run what a large load left for after its commit, on committed steps: each done
 * step is deleted with its work, a failing one stays queued with its error and holds up no other.
 */
@NoiVuIntegrationTest
class AfterLoadStepsIntegrationTests {

    private static final String INDEX =
            "CREATE INDEX IF NOT EXISTS import_batch_after_load_test_idx ON personnel.import_batch (filename)";
    private static final String FAILING = "ALTER TABLE personnel.import_batch VALIDATE CONSTRAINT no_such_constraint";

    @Autowired
    AfterLoadSteps steps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void queuedStepsRunOnTheWorkersAndAFailedOneStaysQueuedWithItsError() {
        jdbc.sql("INSERT INTO personnel.after_load_step (ddl) VALUES (:a), (:b), ('ANALYZE personnel.import_batch')")
                .param("a", FAILING)
                .param("b", INDEX)
                .update();
        steps.start();
        steps.awaitIdle();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'import_batch_after_load_test_idx'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT ddl FROM personnel.after_load_step")
                        .query(String.class)
                        .list())
                .containsExactly(FAILING);
        assertThat(jdbc.sql("SELECT failure FROM personnel.after_load_step WHERE failed_at IS NOT NULL")
                        .query(String.class)
                        .single())
                .contains("no_such_constraint");
        assertThat(steps.queued()).isEqualTo(1);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DROP INDEX IF EXISTS personnel.import_batch_after_load_test_idx")
                .update();
        jdbc.sql("DELETE FROM personnel.after_load_step").update();
    }
}
