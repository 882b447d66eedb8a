package vn.noivu.personnel.internal.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loaded with the other personnel catalogues, after the salary categories they refer to and before
 * the demo people whose events name leadership posts: the catalogues of the 2026 reform — career levels and their conversion from titles (NĐ 232/2026/NĐ-CP), the levels each
 * framework position may use, and the leadership allowance by post, locality and date with the class of city of each province. Like the
 * other catalogues, a restart changes nothing and an edited file takes effect.
 */
@Component
public class ReformCatalogues {

    private static final Logger log = LoggerFactory.getLogger(ReformCatalogues.class);

    private final JdbcClient jdbc;

    ReformCatalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the rows of the files; returns how many changed. */
    @Transactional
    public int load() {
        int changed = 0;
        changed += CatalogueCsv.upsert(jdbc, "career-levels.csv", """
                INSERT INTO personnel.career_level AS t (level, name, scale_code, valid_from, valid_to, source)
                VALUES (CAST(:level AS smallint), :name, :scale_code, CAST(:valid_from AS date),
                        CAST(NULLIF(:valid_to, '') AS date), :source)
                ON CONFLICT (level, valid_from) DO UPDATE SET name = excluded.name, scale_code = excluded.scale_code,
                    valid_to = excluded.valid_to, source = excluded.source
                WHERE (t.name, t.scale_code, t.valid_to, t.source)
                    IS DISTINCT FROM (excluded.name, excluded.scale_code, excluded.valid_to, excluded.source)""");
        changed += CatalogueCsv.upsert(jdbc, "career-level-conversions.csv", """
                INSERT INTO personnel.career_level_conversion AS t
                    (scale_code, level, paid_scale_code, valid_from, valid_to, source)
                VALUES (:scale_code, CAST(:level AS smallint), :paid_scale_code, CAST(:valid_from AS date),
                        CAST(NULLIF(:valid_to, '') AS date), :source)
                ON CONFLICT (scale_code, valid_from) DO UPDATE SET level = excluded.level,
                    paid_scale_code = excluded.paid_scale_code, valid_to = excluded.valid_to, source = excluded.source
                WHERE (t.level, t.paid_scale_code, t.valid_to, t.source)
                    IS DISTINCT FROM (excluded.level, excluded.paid_scale_code, excluded.valid_to, excluded.source)""");
        changed += CatalogueCsv.upsert(jdbc, "position-level-ranges.csv", """
                INSERT INTO personnel.position_level_range AS t
                    (position_code, min_level, max_level, valid_from, valid_to, source)
                VALUES (:position_code, CAST(:min_level AS smallint), CAST(:max_level AS smallint),
                        CAST(:valid_from AS date), CAST(NULLIF(:valid_to, '') AS date), :source)
                ON CONFLICT (position_code, valid_from) DO UPDATE SET min_level = excluded.min_level,
                    max_level = excluded.max_level, valid_to = excluded.valid_to, source = excluded.source
                WHERE (t.min_level, t.max_level, t.valid_to, t.source)
                    IS DISTINCT FROM (excluded.min_level, excluded.max_level, excluded.valid_to, excluded.source)""");
        changed += CatalogueCsv.upsert(jdbc, "leadership-posts.csv", """
                INSERT INTO personnel.leadership_post AS t (code, name, org_class, sort_order)
                VALUES (:code, :name, :org_class, CAST(:sort_order AS smallint))
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, org_class = excluded.org_class,
                    sort_order = excluded.sort_order
                WHERE (t.name, t.org_class, t.sort_order)
                    IS DISTINCT FROM (excluded.name, excluded.org_class, excluded.sort_order)""");
        changed += CatalogueCsv.upsert(jdbc, "leadership-allowances.csv", """
                INSERT INTO personnel.leadership_allowance AS t
                    (post_code, locality, coefficient, valid_from, valid_to, verified, source)
                VALUES (:post_code, :locality, CAST(:coefficient AS numeric), CAST(:valid_from AS date),
                        CAST(NULLIF(:valid_to, '') AS date), CAST(:verified AS boolean), :source)
                ON CONFLICT (post_code, locality, valid_from) DO UPDATE SET coefficient = excluded.coefficient,
                    valid_to = excluded.valid_to, verified = excluded.verified, source = excluded.source
                WHERE (t.coefficient, t.valid_to, t.verified, t.source)
                    IS DISTINCT FROM (excluded.coefficient, excluded.valid_to, excluded.verified, excluded.source)""");
        changed += CatalogueCsv.upsert(jdbc, "province-urban-classes.csv", """
                INSERT INTO personnel.province_urban_class AS t
                    (province_code, province_name, urban_class, valid_from, valid_to, verified, source)
                VALUES (:province_code, :province_name, :urban_class, CAST(:valid_from AS date),
                        CAST(NULLIF(:valid_to, '') AS date), CAST(:verified AS boolean), :source)
                ON CONFLICT (province_code, valid_from) DO UPDATE SET province_name = excluded.province_name,
                    urban_class = excluded.urban_class, valid_to = excluded.valid_to, verified = excluded.verified,
                    source = excluded.source
                WHERE (t.province_name, t.urban_class, t.valid_to, t.verified, t.source)
                    IS DISTINCT FROM (excluded.province_name, excluded.urban_class, excluded.valid_to,
                                      excluded.verified, excluded.source)""");
        if (changed > 0) {
            log.info("Personnel reform catalogues: {} rows inserted or updated", changed);
        }
        return changed;
    }
}
