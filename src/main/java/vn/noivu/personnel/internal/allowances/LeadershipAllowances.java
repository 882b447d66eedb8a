package vn.noivu.personnel.internal.allowances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.Organizations;

/**
 * The leadership allowance (phụ cấp chức vụ lãnh đạo) as a catalogue by post, locality and date, read
 * on the date a salary is asked for instead of a typed coefficient: NĐ 204/2004/NĐ-CP and its tables
 * [K, unverified for the provincial-department posts], as amended from 01/01/2026 by NĐ 07/2026/NĐ-CP
 * for the commune posts [P].
 *
 * <p>Locality: the commune rates of NĐ 07/2026 distinguish Hà Nội and Thành phố Hồ Chí Minh (provinces
 * 01 and 79, {@code HN_HCM}) from the other provinces; the provincial rates of NĐ 204/2004's tables
 * distinguish the class of city of the province ({@code SPECIAL_URBAN}: đô thị loại đặc biệt;
 * {@code CLASS_I_URBAN}: đô thị loại I, in the same column as the other provinces), read from the
 * catalogue of classes ({@code province-urban-classes.csv}, unverified). The rate of the most specific
 * locality the catalogue has for the post applies: Hà Nội / TP HCM, then the class of city, then
 * {@code OTHER}. A post belongs to one class of organisation; it is refused in a unit of another type.
 *
 * <p>A person whose unit was restructured keeps the higher allowance of the post held the day before
 * for 6 months from the restructuring (NQ 76/2025/UBTVQH15 [S]; its article not verified): the
 * allowance on a date within those months is the higher of the two.
 */
@Component
public class LeadershipAllowances {

    static final Set<String> HN_HCM = Set.of("01", "79");
    static final int KEPT_MONTHS = 6;

    private final JdbcClient jdbc;
    private final Organizations organizations;

    LeadershipAllowances(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public record Post(String code, String name, String orgClass) {}

    public record Rate(
            String postCode,
            String postName,
            String orgClass,
            String locality,
            BigDecimal coefficient,
            LocalDate validFrom,
            LocalDate validTo,
            boolean verified,
            String source) {}

    /**
     * The allowance on a date: its coefficient and where it comes from. {@code postCode} null = the
     * coefficient typed on the event (no post recorded, or no rate in the catalogue that day);
     * {@code keptUntil} set when a higher allowance is kept after a restructuring.
     */
    public record OnDate(
            BigDecimal coefficient,
            String postCode,
            String postName,
            boolean verified,
            String source,
            LocalDate keptUntil) {

        public static OnDate typed(BigDecimal coefficient) {
            return new OnDate(coefficient == null ? BigDecimal.ZERO : coefficient, null, null, true, null, null);
        }
    }

    /** A province's class of city (loại đô thị) over a period; provinces without a row are of the rest. */
    public record UrbanClass(
            String provinceCode,
            String provinceName,
            String urbanClass,
            LocalDate validFrom,
            LocalDate validTo,
            boolean verified,
            String source) {}

    public List<UrbanClass> urbanClasses() {
        return jdbc.sql("""
                        SELECT province_code, province_name, urban_class, valid_from, valid_to, verified, source
                        FROM personnel.province_urban_class ORDER BY urban_class DESC, province_code, valid_from""").query(UrbanClass.class).list();
    }

    public List<Post> posts() {
        return jdbc.sql("SELECT code, name, org_class FROM personnel.leadership_post ORDER BY sort_order")
                .query(Post.class)
                .list();
    }

    public Optional<Post> post(String code) {
        return jdbc.sql("SELECT code, name, org_class FROM personnel.leadership_post WHERE code = :c")
                .param("c", code)
                .query(Post.class)
                .optional();
    }

    /** Every rate with its validity, for the catalogue page and API. */
    public List<Rate> rates() {
        return jdbc.sql("""
                        SELECT a.post_code, p.name AS post_name, p.org_class, a.locality, a.coefficient, a.valid_from,
                               a.valid_to, a.verified, a.source
                        FROM personnel.leadership_allowance a JOIN personnel.leadership_post p ON p.code = a.post_code
                        ORDER BY p.sort_order, a.locality, a.valid_from""").query(Rate.class).list();
    }

    /**
     * The localities of a unit on a date, most specific first: {@code HN_HCM} for Hà Nội and TP HCM, the
     * class of city of its province ({@code SPECIAL_URBAN} or {@code CLASS_I_URBAN}) if it has one on
     * the date, then {@code OTHER}. Empty when the unit does not exist on the date.
     */
    public List<String> localities(String orgCode, LocalDate date) {
        Optional<String> province = organizations.find(orgCode, date).map(OrgUnitView::provinceCode);
        if (province.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        if (HN_HCM.contains(province.get())) {
            out.add("HN_HCM");
        }
        jdbc.sql("""
                        SELECT urban_class FROM personnel.province_urban_class
                        WHERE province_code = :p AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                .param("p", province.get())
                .param("d", date)
                .query(String.class)
                .optional()
                .ifPresent(c -> out.add("SPECIAL".equals(c) ? "SPECIAL_URBAN" : "CLASS_I_URBAN"));
        out.add("OTHER");
        return out;
    }

    /** The rate of a post in a unit on a date, if the catalogue has one. */
    public Optional<Rate> rate(String postCode, String orgCode, LocalDate date) {
        if (postCode == null || orgCode == null) {
            return Optional.empty();
        }
        for (String locality : localities(orgCode, date)) {
            Optional<Rate> rate = jdbc.sql("""
                        SELECT a.post_code, p.name AS post_name, p.org_class, a.locality, a.coefficient, a.valid_from,
                               a.valid_to, a.verified, a.source
                        FROM personnel.leadership_allowance a JOIN personnel.leadership_post p ON p.code = a.post_code
                        WHERE a.post_code = :post AND a.locality = :locality
                          AND a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to > :d)""")
                    .param("post", postCode)
                    .param("locality", locality)
                    .param("d", date)
                    .query(Rate.class)
                    .optional();
            if (rate.isPresent()) {
                return rate;
            }
        }
        return Optional.empty();
    }

    /** Whether a post may be held in a unit of this organisation type. */
    public static boolean postFitsUnit(String orgClass, String unitType) {
        return switch (orgClass) {
            case "PROVINCIAL_DEPARTMENT" -> "PROVINCIAL_DEPARTMENT".equals(unitType);
            case "DEPARTMENT_DIVISION" ->
                "PROVINCIAL_DEPARTMENT".equals(unitType) || "DEPARTMENT_UNIT".equals(unitType);
            case "COMMUNE_COMMITTEE" -> "COMMUNE_PEOPLES_COMMITTEE".equals(unitType);
            case "COMMUNE_DIVISION" ->
                "COMMUNE_PEOPLES_COMMITTEE".equals(unitType) || "COMMUNE_OFFICE".equals(unitType);
            default -> false;
        };
    }

    /**
     * The allowance of one person on {@code date}, from the post of the employment version in force
     * that day (or its typed coefficient), raised to the one kept after a restructuring of the
     * person's earlier unit within the last 6 months.
     */
    public OnDate onDate(long personId, String orgCode, String postCode, BigDecimal typed, LocalDate date) {
        OnDate current = rate(postCode, orgCode, date)
                .map(r -> new OnDate(r.coefficient(), r.postCode(), r.postName(), r.verified(), r.source(), null))
                .orElseGet(() -> OnDate.typed(typed));
        Optional<Kept> kept = jdbc.sql("""
                        SELECT p.org_code, p.leadership_post, p.position_allowance, l.effective_date
                        FROM organization.api_lineage l
                        JOIN personnel.employment p ON p.person_id = :person AND p.superseded_at IS NULL
                             AND p.org_code = l.predecessor_code
                             AND p.valid_from < l.effective_date
                             AND (p.valid_to IS NULL OR p.valid_to >= l.effective_date)
                        WHERE l.effective_date <= :d AND l.effective_date > CAST(:d AS date) - make_interval(months => :m)
                          AND (p.leadership_post IS NOT NULL OR p.position_allowance > 0)
                        ORDER BY l.effective_date DESC LIMIT 1""")
                .param("person", personId)
                .param("d", date)
                .param("m", KEPT_MONTHS)
                .query((rs, i) -> new Kept(
                        rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class)))
                .optional();
        if (kept.isEmpty()) {
            return current;
        }
        Kept k = kept.get();
        LocalDate dayBefore = k.restructured().minusDays(1);
        OnDate before = rate(k.postCode(), k.orgCode(), dayBefore)
                .map(r -> new OnDate(r.coefficient(), r.postCode(), r.postName(), r.verified(), r.source(), null))
                .orElseGet(() -> OnDate.typed(k.typed()));
        if (before.coefficient().compareTo(current.coefficient()) <= 0) {
            return current;
        }
        return new OnDate(
                before.coefficient(),
                before.postCode(),
                before.postName(),
                before.verified(),
                before.source(),
                k.restructured().plusMonths(KEPT_MONTHS));
    }

    private record Kept(String orgCode, String postCode, BigDecimal typed, LocalDate restructured) {}
}
