package vn.noivu.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.Scopes;
import vn.noivu.review.ReviewScope;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingScope;

/**
 * The provinces a national staffing ranking compares, keyed by their GSO province code: re-cast, today's
 * provinces with the history of those merged into them; otherwise the provinces of the year as they
 * stood on its last day (63 for 2021). A province of the year that no longer exists is reviewed by its
 * former code (staffing resolves it); the province it went into counts the rest, its re-cast figures
 * less those of the provinces it absorbed since — the figures are counts, so they subtract.
 */
@Component
class ProvincesOfYear {

    private final Staffing staffing;
    private final AdminUnits adminUnits;
    private final Organizations organizations;
    private final Scopes scopes;

    ProvincesOfYear(Staffing staffing, AdminUnits adminUnits, Organizations organizations, Scopes scopes) {
        this.staffing = staffing;
        this.adminUnits = adminUnits;
        this.organizations = organizations;
        this.scopes = scopes;
    }

    /**
     * The provinces of each baseline's ranking (baseline → provinces): every baseline's parts of the
     * country are tallied in one pass by the staffing module.
     */
    Map<Integer, List<ScopeReduction>> of(ReviewScope s, List<Integer> baselines, boolean recast) {
        LocalDate today = LocalDate.now();
        Map<Integer, List<ScopeReduction>> parts =
                AsNational.compute(() -> staffing.reductionByPart(null, baselines, s.year()));
        Map<String, java.util.Optional<String>> provinceCodes = new HashMap<>();
        Map<Integer, List<ScopeReduction>> out = new LinkedHashMap<>();
        for (int b : baselines) {
            out.put(b, of(s, b, recast, parts.get(b), provinceCodes, today));
        }
        return out;
    }

    private List<ScopeReduction> of(
            ReviewScope s,
            int baseline,
            boolean recast,
            List<ScopeReduction> parts,
            Map<String, java.util.Optional<String>> provinceCodes,
            LocalDate today) {
        Map<String, ScopeReduction> current = new LinkedHashMap<>();
        for (ScopeReduction p : parts) {
            if (!p.isProvince()) {
                continue;
            }
            provinceCodes
                    .computeIfAbsent(p.code(), c -> organizations.find(c, today).map(OrgUnitView::provinceCode))
                    .ifPresent(code -> current.put(code, recoded(p, code, p.name())));
        }
        if (recast) {
            return List.copyOf(current.values());
        }
        LocalDate day = ReviewScope.endOf(s.year());
        List<AdminUnitView> then = adminUnits.list(day, "province", null);
        Set<String> stillProvinces = new HashSet<>();
        adminUnits.list(today, "province", null).forEach(u -> stillProvinces.add(u.code()));
        Map<String, List<ScopeReduction>> absorbed = new HashMap<>();
        Map<String, ScopeReduction> former = new HashMap<>();
        for (AdminUnitView u : then) {
            if (stillProvinces.contains(u.code())) {
                continue;
            }
            // No organisation of that province is recorded (no module resolves its code): it has no
            // staffing figures to rank. Asked first rather than caught, as a refusal inside the review's
            // transaction would roll it back.
            if (scopes.resolve(u.code()).path().equals("/" + u.code() + "/")) {
                continue;
            }
            StaffingScope scope = AsNational.compute(() -> staffing.scope(u.code()));
            Reduction r = AsNational.compute(() -> staffing.reduction(u.code(), baseline, s.year()));
            ScopeReduction own =
                    new ScopeReduction(u.code(), u.name(), "PROVINCIAL_PEOPLES_COMMITTEE", r.categories(), r.total());
            former.put(u.code(), own);
            // Subtracted from the province it went into only when its units now lie in that province's
            // subtree (otherwise the host's figures never counted them).
            adminUnits.successors(u.code(), day).stream()
                    .map(AdminUnitView::code)
                    .filter(current::containsKey)
                    .findFirst()
                    .filter(host -> scope.path()
                            .startsWith(AsNational.compute(() -> staffing.scope(host))
                                    .path()))
                    .ifPresent(host -> absorbed.computeIfAbsent(host, k -> new ArrayList<>())
                            .add(own));
        }
        List<ScopeReduction> out = new ArrayList<>();
        for (AdminUnitView u : then) {
            ScopeReduction f = former.get(u.code());
            if (f != null) {
                out.add(f);
                continue;
            }
            ScopeReduction host = current.get(u.code());
            if (host != null) {
                out.add(less(host, u.name(), absorbed.getOrDefault(u.code(), List.of())));
            }
        }
        return out;
    }

    private static ScopeReduction recoded(ScopeReduction p, String code, String name) {
        return new ScopeReduction(code, name, p.type(), p.categories(), p.total());
    }

    /** The host's figures less those of the provinces it absorbed after the year. */
    private static ScopeReduction less(ScopeReduction host, String name, List<ScopeReduction> parts) {
        if (parts.isEmpty()) {
            return recoded(host, host.code(), name);
        }
        List<CategoryReduction> lines = new ArrayList<>();
        for (CategoryReduction l : host.categories()) {
            long b = l.baseline();
            long c = l.current();
            for (ScopeReduction p : parts) {
                CategoryReduction x = p.category(l.category());
                if (x != null) {
                    b -= x.baseline();
                    c -= x.current();
                }
            }
            lines.add(CategoryReduction.of(l.category(), b, c));
        }
        long b = host.total().baseline();
        long c = host.total().current();
        for (ScopeReduction p : parts) {
            b -= p.total().baseline();
            c -= p.total().current();
        }
        return new ScopeReduction(host.code(), name, host.type(), lines, CategoryReduction.of(null, b, c));
    }
}
