package vn.noivu.personnel.internal.levels;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Public employees' career levels (bậc nghề nghiệp 1–5) from 01/07/2026: the salary category of each
 * level (NĐ 232/2026/NĐ-CP Art. 7(3)), the level a professional title converts to and the category
 * it is then paid on (Art. 18(2): A2.2 → A2.1, A3.2 → A3.1), and the levels each position of the
 * framework list may use (Phụ lục II, III). All as of a date: before 01/07/2026 there are none.
 */
@Component
public class CareerLevels {

    /** The day NĐ 232/2026/NĐ-CP takes effect (Art. 16(1)). */
    public static final LocalDate IN_FORCE = LocalDate.of(2026, 7, 1);

    private final JdbcClient jdbc;

    CareerLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Level(
            int level,
            String name,
            String scaleCode,
            String scaleName,
            LocalDate validFrom,
            LocalDate validTo,
            String source) {}

    /** A professional title and the level it converts to; {@code level} null for categories without one (C). */
    public record TitleConversion(
            String titleCode,
            String titleName,
            String scaleCode,
            String scaleName,
            Integer level,
            String levelName,
            String paidScaleCode,
            String paidScaleName,
            String source) {}

    public record PositionRange(
            String positionCode,
            String positionTitle,
            int minLevel,
            int maxLevel,
            LocalDate validFrom,
            LocalDate validTo,
            String source) {}

    public List<Level> levels(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT l.level, l.name, l.scale_code, s.name AS scale_name, l.valid_from, l.valid_to, l.source
                        FROM personnel.career_level l JOIN personnel.salary_scale s ON s.code = l.scale_code
                        WHERE l.valid_from <= :d AND (l.valid_to IS NULL OR l.valid_to > :d)
                        ORDER BY l.level""").param("d", asOf).query(Level.class).list();
    }

    /** Every professional title in force on {@code asOf} with the level its salary category converts to. */
    public List<TitleConversion> titleConversions(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT r.code AS title_code, r.name AS title_name, r.scale_code, s.name AS scale_name,
                               c.level, l.name AS level_name, c.paid_scale_code, p.name AS paid_scale_name, c.source
                        FROM personnel.rank r
                        JOIN personnel.salary_scale s ON s.code = r.scale_code
                        LEFT JOIN personnel.career_level_conversion c ON c.scale_code = r.scale_code
                             AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)
                        LEFT JOIN personnel.salary_scale p ON p.code = c.paid_scale_code
                        LEFT JOIN personnel.career_level l ON l.level = c.level
                             AND l.valid_from <= :d AND (l.valid_to IS NULL OR l.valid_to > :d)
                        WHERE r.kind = 'TITLE' AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to > :d)
                        ORDER BY r.code""").param("d", asOf).query(TitleConversion.class).list();
    }

    public List<PositionRange> positionRanges(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT p.position_code, coalesce(j.title, p.position_code) AS position_title,
                               p.min_level, p.max_level, p.valid_from, p.valid_to, p.source
                        FROM personnel.position_level_range p
                        LEFT JOIN LATERAL (SELECT title FROM personnel.job_position j
                                           WHERE j.code = p.position_code AND j.org_code IS NULL
                                           ORDER BY j.valid_from DESC LIMIT 1) j ON true
                        WHERE p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)
                        ORDER BY p.position_code""").param("d", asOf).query(PositionRange.class).list();
    }

    public Optional<PositionRange> positionRange(String positionCode, LocalDate asOf) {
        return positionRanges(asOf).stream()
                .filter(r -> r.positionCode().equals(positionCode))
                .findFirst();
    }
}
