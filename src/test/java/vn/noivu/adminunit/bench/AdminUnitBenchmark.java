package vn.noivu.adminunit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.ReferenceDataLoader;

/**
 * The speed targets of the administrative-unit module, measured in the server on the embedded
 * database: loading all reference data (first start), the whole-country summary as of any date, and
 * search. Not part of the test suite (its name does not end in Tests, and it runs only with
 * {@code -Dnoivu.bench=true}: it empties and reloads the module's tables); run it with the command in
 * bench/adminunit/README.md.
 */
@NoiVuIntegrationTest
@EnabledIfSystemProperty(named = "noivu.bench", matches = "true")
class AdminUnitBenchmark {

    static final List<String> QUERIES = List.of(
            "ha noi",
            "Ha Noi",
            "hanoi",
            "thanh hoa",
            "dak lak",
            "Đắk Lắk",
            "ho chi minh",
            "00004",
            "26734",
            "ba dinh",
            "phuong 1",
            "xa tan phu",
            "hai phong",
            "nguyen trai",
            "lao cai",
            "quang nam",
            "can tho",
            "binh duong",
            "ha nol",
            "thanh hao",
            "phu quoc",
            "con dao",
            "tan binh",
            "cau giay",
            "long bien",
            "vinh phuc",
            "dong nai",
            "an giang",
            "kien giang",
            "hoa binh");

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    AdminUnitQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        StringBuilder report = new StringBuilder("\nNoiVu adminunit benchmark\n");

        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("TRUNCATE adminunit.lineage, adminunit.change, adminunit.unit_version, adminunit.unit,"
                            + " adminunit.import_batch, adminunit.reference_load, adminunit.search_name,"
                            + " adminunit.legal_document")
                    .update();
            long t0 = System.nanoTime();
            assertThat(loader.load()).isTrue();
            loads.add((System.nanoTime() - t0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        assertThat(loader.load()).isFalse();
        long restart = (System.nanoTime() - t0) / 1_000_000;
        report.append(String.format("first-start load of all reference data: %s ms (target <= 10000 ms)%n", loads));
        report.append(String.format("restart with the data already held: %d ms%n", restart));

        Random random = new Random(42);
        LocalDate first = LocalDate.of(2021, 11, 1);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.of(2026, 12, 31));
        Supplier<LocalDate> anyDate = () -> first.plusDays(random.nextInt(days + 1));
        report.append(line("summary as of any date", time(1000, 200, () -> queries.summary(anyDate.get())), 50));

        List<LocalDate> dates = List.of(
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 11, 23),
                LocalDate.of(2022, 1, 1));
        int[] i = {0};
        report.append(line(
                "search (30 queries, 4 dates)",
                time(1200, 300, () -> {
                    int n = i[0]++;
                    return queries.search(
                            QUERIES.get(n % QUERIES.size()), dates.get((n / QUERIES.size()) % dates.size()), 20);
                }),
                30));
        System.out.println(report);
    }

    private static List<Double> time(int runs, int warmup, Supplier<?> call) {
        for (int w = 0; w < warmup; w++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static String line(String what, List<Double> sorted, int targetMs) {
        return String.format(
                "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d calls (target p95 <= %d ms)%n",
                what,
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1),
                sorted.size(),
                targetMs);
    }
}
