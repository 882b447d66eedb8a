package vn.noivu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a real embedded PostgreSQL (fresh per test JVM, without fsync) with demo
 * data. Every integration test uses exactly this annotation so that all share one Spring context and
 * one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "noivu.embedded-db-ephemeral=true",
            // A throw-away database: no fsync, for speed (the product's is durable, decision 006).
            "noivu.embedded-db.durable=false",
            "noivu.demo=true",
            "noivu.admin-password=" + TestUsers.ADMIN_PASSWORD,
            // Backups: into the build folder, and no nightly run in the middle of a test.
            "noivu.backup.dir=target/test-backups",
            "noivu.backup.cron=-",
            // Signed reports chain to a CA the reporting tests make and write here.
            "noivu.reporting.signature-roots=target/test-signature-roots.pem"
        })
public @interface NoiVuIntegrationTest {}
