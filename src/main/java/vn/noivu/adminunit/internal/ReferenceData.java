package vn.noivu.adminunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.io.ClassPathResource;

/**
 * The administrative-unit data shipped in the product ({@code classpath:adminunit/}, copied from the
 * MIT-licensed sources named in its README) and the order in which the loader imports it.
 */
public final class ReferenceData {

    /** Where the first snapshot, the three-level state and the two-level state begin. */
    public static final LocalDate SNAPSHOT_2021 = LocalDate.of(2021, 11, 1);

    public static final LocalDate SNAPSHOT_2024 = LocalDate.of(2025, 3, 1);
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    /**
     * One import of the load.
     *
     * @param rows which data rows of the file this step imports (a history file is imported in two
     *     parts, around the 2025 reform it does not contain)
     */
    public record Step(
            AdminUnitImporter.Kind kind,
            String file,
            LocalDate effectiveDate,
            String legalBasis,
            Predicate<java.util.Map<String, String>> rows) {}

    /**
     * The 2021 snapshot; the changes recorded up to 01/03/2025; the official three-level state of
     * 01/03/2025 (which the change list reproduces; it also carries one short-name correction); the
     * 2025 reform as an old → new mapping (the district level ends); the official two-level state of
     * 01/07/2025 (which the mapping reproduces); the changes after the reform.
     */
    public static final List<Step> STEPS = List.of(
            new Step(AdminUnitImporter.Kind.SNAPSHOT, "units-2021.csv", SNAPSHOT_2021, "387/NQ-UBTVQH15", r -> true),
            new Step(
                    AdminUnitImporter.Kind.HISTORY,
                    "changes-history.csv",
                    null,
                    null,
                    r -> r.getOrDefault("effective_date", "").compareTo(SNAPSHOT_2024.toString()) <= 0),
            new Step(AdminUnitImporter.Kind.SNAPSHOT, "units-2024.csv", SNAPSHOT_2024, null, r -> true),
            new Step(AdminUnitImporter.Kind.MAPPING, "merge-2025.csv", REFORM_2025, null, r -> true),
            new Step(AdminUnitImporter.Kind.SNAPSHOT, "units-2025.csv", REFORM_2025, "19/2025/QĐ-TTg", r -> true),
            new Step(
                    AdminUnitImporter.Kind.HISTORY,
                    "changes-history.csv",
                    null,
                    null,
                    r -> r.getOrDefault("effective_date", "").compareTo(REFORM_2025.toString()) > 0));

    private ReferenceData() {}

    public static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("adminunit/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
