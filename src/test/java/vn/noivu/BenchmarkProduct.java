package vn.noivu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product as the benchmarks with a {@code main} start it: a fresh embedded PostgreSQL, no demo data,
 * a random port, an administrator whose password the benchmark knows, warnings only in the log; and a
 * work directory for the files a benchmark writes, removed with the product at the end.
 */
public final class BenchmarkProduct {

    public static final String ADMIN_PASSWORD = "bench-admin-pw";

    /** What a benchmark does with the running product and its work directory. */
    public interface Body {
        void run(ConfigurableApplicationContext app, Path work) throws Exception;
    }

    private BenchmarkProduct() {}

    /** Starts the product ({@code moreArgs} added to its command line), runs {@code body}, stops it. */
    public static void run(String name, Body body, String... moreArgs) throws Exception {
        Path work = Files.createTempDirectory(name);
        String[] args = Stream.concat(
                        Stream.of(
                                "--noivu.embedded-db-ephemeral=true",
                                "--noivu.demo=false",
                                "--noivu.admin-password=" + ADMIN_PASSWORD,
                                "--server.port=0",
                                "--logging.level.root=warn"),
                        Stream.of(moreArgs))
                .toArray(String[]::new);
        ConfigurableApplicationContext app = SpringApplication.run(NoiVuApplication.class, args);
        try {
            body.run(app, work);
        } finally {
            app.close();
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
