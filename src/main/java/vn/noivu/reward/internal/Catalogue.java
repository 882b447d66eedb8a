package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.reward.CatalogueEntry;

/** The effective-dated catalogue of titles and reward forms (table {@code reward.catalogue}). */
@Component
public class Catalogue {

    private static final String COLUMNS = """
            SELECT code, valid_from, valid_to, kind, name, name_en, article, decided_by, multiple_individual,
                   multiple_collective, bonus_basis, rule_set, family, decision_level
            FROM reward.catalogue""";

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, in the catalogue's order. */
    public List<CatalogueEntry> all() {
        return jdbc.sql(COLUMNS + " ORDER BY sort_order, code, valid_from")
                .query(CatalogueEntry.class)
                .list();
    }

    /** The version in force on {@code date}; empty when the code is unknown or not in force then. */
    public Optional<CatalogueEntry> at(String code, LocalDate date) {
        return jdbc.sql(COLUMNS + " WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)")
                .param("c", code)
                .param("d", date)
                .query(CatalogueEntry.class)
                .optional();
    }

    /** The latest version of a code whatever the date (history of older decisions keeps its code). */
    public Optional<CatalogueEntry> latest(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = :c ORDER BY valid_from DESC LIMIT 1")
                .param("c", code)
                .query(CatalogueEntry.class)
                .optional();
    }

    /**
     * The version that governs a title of an emulation year: the one in force at the year's end (the
     * emulation year ends on 30/11), else the earliest one (a year before the catalogue begins).
     */
    public Optional<CatalogueEntry> forYear(String code, int year) {
        return at(code, LocalDate.of(year, 11, 30))
                .or(() -> jdbc.sql(COLUMNS + " WHERE code = :c ORDER BY valid_from LIMIT 1")
                        .param("c", code)
                        .query(CatalogueEntry.class)
                        .optional());
    }
}
