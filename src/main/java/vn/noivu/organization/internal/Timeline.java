package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The histories of the units a change touches, loaded from the database and changed in memory, then
 * checked as a whole ({@link #validate()}) before anything is written. Restructurings, plans and
 * imports all work this way, so the same rules refuse a bad change wherever it comes from: overlapping
 * or broken validity, a parent that is not alive, a cycle, a type under a parent of the wrong type.
 */
public class Timeline {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9]+([.-][A-Z0-9]+)*$");
    static final Pattern ADMIN_UNIT = Pattern.compile("^([0-9]{2}|[0-9]{3}|[0-9]{5})$");

    private final VersionStore store;
    private final AdminUnitCheck adminUnits;
    private final Map<String, List<Version>> histories = new HashMap<>();
    private final Set<String> inDatabase = new HashSet<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Map<String, Long> createdBy = new HashMap<>();
    private final Map<String, Long> endedBy = new HashMap<>();
    private final Set<String> childrenLoadedFor = new HashSet<>();
    /** parent → units that have it as parent in some version (a superset after changes; filtered on use). */
    private final Map<String, Set<String>> childIndex = new HashMap<>();

    /** @param adminUnits checks the administrative units served against their catalogue (null = format only) */
    public Timeline(VersionStore store, AdminUnitCheck adminUnits) {
        this.store = store;
        this.adminUnits = adminUnits;
    }

    // ---------------------------------------------------------------- reading

    public void preload(Collection<String> codes) {
        List<String> missing =
                codes.stream().filter(c -> !histories.containsKey(c)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, List<Version>> loaded = store.load(missing);
        for (String code : missing) {
            List<Version> h = loaded.get(code);
            if (h != null) {
                inDatabase.add(code);
                histories.put(code, new ArrayList<>(h));
                index(h);
            } else {
                histories.put(code, new ArrayList<>());
            }
        }
    }

    /** The unit's versions in date order (empty when it does not exist). */
    public List<Version> history(String code) {
        if (!histories.containsKey(code)) {
            preload(List.of(code));
        }
        return histories.get(code);
    }

    public boolean exists(String code) {
        return !history(code).isEmpty();
    }

    public Optional<Version> at(String code, LocalDate date) {
        for (Version v : history(code)) {
            if (v.covers(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The end of the unit's life (null = alive with no end), for messages. */
    public LocalDate endOf(String code) {
        List<Version> h = history(code);
        return h.isEmpty() ? null : h.get(h.size() - 1).validTo();
    }

    /** Units whose version in force on {@code date} has {@code parent} as parent. */
    public List<String> childrenAt(String parent, LocalDate date) {
        loadChildren(List.of(parent));
        List<String> children = new ArrayList<>();
        for (String child : childIndex.getOrDefault(parent, Set.of())) {
            for (Version v : history(child)) {
                if (v.covers(date) && parent.equals(v.parentCode())) {
                    children.add(child);
                }
            }
        }
        children.sort(null);
        return children;
    }

    private void index(Collection<Version> versions) {
        for (Version v : versions) {
            if (v.parentCode() != null) {
                childIndex
                        .computeIfAbsent(v.parentCode(), k -> new LinkedHashSet<>())
                        .add(v.unitCode());
            }
        }
    }

    public Set<String> changed() {
        return changed;
    }

    public boolean isInDatabase(String code) {
        return inDatabase.contains(code);
    }

    public Map<String, Long> createdBy() {
        return createdBy;
    }

    public Map<String, Long> endedBy() {
        return endedBy;
    }

    // ---------------------------------------------------------------- changing

    /** A new unit with a first version; its code must never have been used. */
    public void create(Version first, Long restructuringId) {
        if (exists(first.unitCode())) {
            throw new TimelineException(new Problem(first.unitCode(), null, "org.error.codeExists", first.unitCode()));
        }
        histories.get(first.unitCode()).add(first);
        index(List.of(first));
        changed.add(first.unitCode());
        if (restructuringId != null) {
            createdBy.put(first.unitCode(), restructuringId);
        }
    }

    /** From {@code date} on, the unit has the given attributes (a new version, or the same-day one changed). */
    public void change(
            String code, LocalDate date, Version.Attributes attributes, LegalBasis basis, Long restructuringId) {
        List<Version> h = history(code);
        int i = indexCovering(h, date);
        if (i < 0) {
            throw new TimelineException(new Problem(code, null, "org.error.notAlive", code, date));
        }
        requireNoLaterHistory(code, h, date);
        Version v = h.get(i);
        Version next = v.with(attributes).because(basis, restructuringId);
        if (v.validFrom().equals(date)) {
            h.set(i, next);
        } else {
            h.set(i, v.to(date));
            h.add(i + 1, next.from(date));
        }
        index(List.of(next));
        changed.add(code);
    }

    /** The unit's life ends on {@code date} (it is no longer in force that day). */
    public void end(String code, LocalDate date, Long restructuringId) {
        List<Version> h = history(code);
        LocalDate dayBefore = date.minusDays(1);
        int i = indexCovering(h, dayBefore);
        if (i < 0) {
            throw new TimelineException(new Problem(code, null, "org.error.notAlive", code, dayBefore));
        }
        requireNoLaterHistory(code, h, date);
        h.removeIf(v -> v.validFrom().equals(date));
        h.set(i, h.get(i).to(date));
        changed.add(code);
        if (restructuringId != null) {
            endedBy.put(code, restructuringId);
        }
    }

    /**
     * Puts a version as given (imports): replaces the stored version that starts on the same day, or
     * adds it. Overlaps and gaps this leaves are reported by {@link #validate()}.
     */
    public boolean put(Version version) {
        List<Version> h = history(version.unitCode());
        for (int i = 0; i < h.size(); i++) {
            Version v = h.get(i);
            if (v.validFrom().equals(version.validFrom())) {
                if (v.sameAttributes(version)
                        && Objects.equals(v.validTo(), version.validTo())
                        && Objects.equals(v.legalBasis(), version.legalBasis())) {
                    return false;
                }
                h.set(i, version.derived(v.tier(), v.provinceCode()));
                index(List.of(version));
                changed.add(version.unitCode());
                return true;
            }
        }
        h.add(version);
        h.sort(java.util.Comparator.comparing(Version::validFrom));
        index(List.of(version));
        changed.add(version.unitCode());
        return true;
    }

    private static int indexCovering(List<Version> h, LocalDate date) {
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i).covers(date)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireNoLaterHistory(String code, List<Version> h, LocalDate date) {
        for (Version v : h) {
            if (v.validFrom().isAfter(date)) {
                throw new TimelineException(
                        new Problem(code, null, "org.error.laterHistory", code, date, v.validFrom()));
            }
        }
    }

    private void loadChildren(Collection<String> parents) {
        List<String> todo = parents.stream()
                .filter(p -> !childrenLoadedFor.contains(p) && inDatabase.contains(p))
                .toList();
        if (!todo.isEmpty()) {
            preload(store.childrenOf(todo));
        }
        childrenLoadedFor.addAll(parents);
    }

    // ---------------------------------------------------------------- derived attributes

    /**
     * Sets tier and province of every changed version from its type, parent and administrative unit,
     * and carries a change of tier or province down to the units below (splitting their versions
     * where the parent's changes).
     */
    public void derive() {
        loadChildren(new ArrayList<>(changed));
        Derivation d = new Derivation();
        d.queue.addAll(changed);
        d.queued.addAll(changed);
        while (!d.queue.isEmpty()) {
            String code = d.queue.poll();
            d.queued.remove(code);
            deriveUnit(code, d);
        }
    }

    /** Work state of {@link #derive()}. */
    private static final class Derivation {
        final Deque<String> queue = new ArrayDeque<>();
        final Set<String> queued = new HashSet<>();
        final Set<String> inProgress = new HashSet<>();
        final Set<String> done = new HashSet<>();
    }

    private List<String> childrenEver(String parent) {
        List<String> children = new ArrayList<>();
        for (String child : childIndex.getOrDefault(parent, Set.of())) {
            for (Version v : history(child)) {
                if (parent.equals(v.parentCode())) {
                    children.add(child);
                    break;
                }
            }
        }
        return children;
    }

    /** Derives one unit (its changed parents first); when a value changed, queues the units below it. */
    private void deriveUnit(String code, Derivation d) {
        if (d.done.contains(code) || !d.inProgress.add(code)) {
            return;
        }
        List<Version> h = history(code);
        for (Version v : h) {
            if (v.parentCode() != null && changed.contains(v.parentCode())) {
                deriveUnit(v.parentCode(), d);
            }
        }
        List<Version> result = new ArrayList<>();
        for (Version v : h) {
            // Split where the parent's derived values change inside this version.
            List<LocalDate> cuts = new ArrayList<>();
            if (v.parentCode() != null) {
                Version previous = null;
                for (Version p : history(v.parentCode())) {
                    boolean inside = p.validFrom().isAfter(v.validFrom())
                            && (v.validTo() == null || p.validFrom().isBefore(v.validTo()));
                    if (inside
                            && previous != null
                            && (previous.tier() != p.tier()
                                    || !Objects.equals(previous.provinceCode(), p.provinceCode()))) {
                        cuts.add(p.validFrom());
                    }
                    previous = p;
                }
            }
            Version piece = v;
            for (LocalDate cut : cuts) {
                result.add(derived(piece.to(cut)));
                piece = piece.from(cut);
            }
            result.add(derived(piece));
        }
        boolean differs = result.size() != h.size();
        for (int i = 0; !differs && i < h.size(); i++) {
            differs = h.get(i).tier() != result.get(i).tier()
                    || !Objects.equals(h.get(i).provinceCode(), result.get(i).provinceCode());
        }
        d.inProgress.remove(code);
        d.done.add(code);
        if (differs) {
            h.clear();
            h.addAll(result);
            changed.add(code);
            // The units below take their tier and province from this one: derive them again.
            loadChildren(List.of(code));
            for (String child : childrenEver(code)) {
                if (!d.queued.contains(child) && !d.inProgress.contains(child)) {
                    d.done.remove(child);
                    d.queue.add(child);
                    d.queued.add(child);
                }
            }
        }
    }

    private Version derived(Version v) {
        Optional<Version> parent = v.parentCode() == null ? Optional.empty() : at(v.parentCode(), v.validFrom());
        Tier tier = v.type().tier();
        if (tier == null) {
            tier = parent.map(Version::tier).orElse(Tier.CENTRAL);
            if (tier == null) {
                tier = Tier.CENTRAL;
            }
        }
        String province;
        if (v.type() == UnitType.PROVINCIAL_PEOPLES_COMMITTEE) {
            province = v.adminUnitCode() != null && v.adminUnitCode().length() == 2 ? v.adminUnitCode() : null;
        } else {
            province = parent.map(Version::provinceCode).orElse(null);
        }
        return v.derived(tier, province);
    }

    // ---------------------------------------------------------------- validation

    /** Every rule the changed histories and the units below them break; empty when all hold. */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        loadChildren(new ArrayList<>(changed));
        Set<String> check = new LinkedHashSet<>(changed);
        for (String parent : changed) {
            check.addAll(childrenEver(parent));
        }
        for (String code : check) {
            List<Version> h = history(code);
            if (h.isEmpty()) {
                if (inDatabase.contains(code) || changed.contains(code)) {
                    problems.add(new Problem(code, null, "org.error.emptyLife", code));
                }
                continue;
            }
            checkContinuity(code, h, problems);
            for (Version v : h) {
                if (changed.contains(code)) {
                    checkAttributes(v, problems);
                }
                checkParent(v, problems);
            }
        }
        checkCycles(problems);
        if (adminUnits != null) {
            List<Version> served = new ArrayList<>();
            for (String code : changed) {
                for (Version v : history(code)) {
                    if (v.adminUnitCode() != null
                            && ADMIN_UNIT.matcher(v.adminUnitCode()).matches()) {
                        served.add(v);
                    }
                }
            }
            for (Version v : adminUnits.unknown(served)) {
                problems.add(new Problem(
                        v.unitCode(),
                        null,
                        "org.error.adminUnitUnknown",
                        v.unitCode(),
                        v.adminUnitCode(),
                        v.validFrom()));
            }
        }
        return problems;
    }

    private void checkContinuity(String code, List<Version> h, List<Problem> problems) {
        for (int i = 0; i + 1 < h.size(); i++) {
            Version a = h.get(i);
            Version b = h.get(i + 1);
            if (a.validTo() == null || a.validTo().isAfter(b.validFrom())) {
                problems.add(new Problem(code, null, "org.error.overlap", code, a.validFrom(), b.validFrom()));
            } else if (a.validTo().isBefore(b.validFrom())) {
                problems.add(new Problem(code, null, "org.error.gap", code, a.validTo(), b.validFrom()));
            }
        }
    }

    private void checkAttributes(Version v, List<Problem> problems) {
        String code = v.unitCode();
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            problems.add(new Problem(code, null, "org.error.codeFormat", code));
        }
        if (v.validTo() != null && !v.validTo().isAfter(v.validFrom())) {
            problems.add(new Problem(code, null, "org.error.validity", code, v.validFrom(), v.validTo()));
        }
        if (v.name() == null || v.name().isBlank()) {
            problems.add(new Problem(code, null, "org.error.nameRequired", code));
        } else if (v.name().length() > OrgImports.MAX_NAME) {
            // Names travel to national XLSX exports (32,767 characters a cell) and to every page.
            problems.add(new Problem(code, null, "org.error.nameTooLong", code, OrgImports.MAX_NAME));
        }
        if (v.shortName() != null && v.shortName().length() > OrgImports.MAX_SHORT_NAME) {
            problems.add(new Problem(code, null, "org.error.shortNameTooLong", code, OrgImports.MAX_SHORT_NAME));
        }
        if (v.type() == UnitType.PUBLIC_SERVICE_UNIT) {
            if (v.autonomyGroup() == null || v.autonomyGroup() < 1 || v.autonomyGroup() > 4) {
                problems.add(new Problem(code, null, "org.error.autonomyRequired", code));
            }
        } else if (v.autonomyGroup() != null) {
            problems.add(new Problem(code, null, "org.error.autonomyOnlyPsu", code));
        }
        if (v.adminUnitCode() != null) {
            if (!ADMIN_UNIT.matcher(v.adminUnitCode()).matches()) {
                problems.add(new Problem(code, null, "org.error.adminUnitFormat", code, v.adminUnitCode()));
            }
        }
        if (v.type() == UnitType.PROVINCIAL_PEOPLES_COMMITTEE
                && (v.adminUnitCode() == null || v.adminUnitCode().length() != 2)) {
            problems.add(new Problem(code, null, "org.error.provinceRequired", code));
        }
        if (v.type().mustBeRoot() && v.parentCode() != null) {
            problems.add(new Problem(
                    code, v.parentCode(), "org.error.mustBeRoot", code, v.type().name()));
        }
        if (!v.type().mayBeRoot() && v.parentCode() == null) {
            problems.add(new Problem(
                    code, null, "org.error.parentRequired", code, v.type().name()));
        }
        if (code.equals(v.parentCode())) {
            problems.add(new Problem(code, null, "org.error.cycle", code, v.validFrom()));
        }
    }

    private void checkParent(Version v, List<Problem> problems) {
        String parent = v.parentCode();
        if (parent == null || parent.equals(v.unitCode())) {
            return;
        }
        if (!exists(parent)) {
            problems.add(new Problem(v.unitCode(), parent, "org.error.unknownParent", v.unitCode(), parent));
            return;
        }
        LocalDate pos = v.validFrom();
        while (pos != null && (v.validTo() == null || pos.isBefore(v.validTo()))) {
            Optional<Version> pv = at(parent, pos);
            if (pv.isEmpty()) {
                problems.add(new Problem(v.unitCode(), parent, "org.error.parentNotAlive", v.unitCode(), parent, pos));
                return;
            }
            if (!v.type().parentTypes().contains(pv.get().type())) {
                problems.add(new Problem(
                        v.unitCode(),
                        parent,
                        "org.error.parentType",
                        v.unitCode(),
                        v.type().name(),
                        parent,
                        pv.get().type().name(),
                        pos));
                return;
            }
            pos = pv.get().validTo();
        }
    }

    /**
     * A cycle that exists on some day includes a version that starts that day, so walking up from each
     * version's unit on its first day, over every unit that is or was above a changed one, finds them all.
     */
    private void checkCycles(List<Problem> problems) {
        Set<String> closure = new LinkedHashSet<>(changed);
        Deque<String> queue = new ArrayDeque<>(changed);
        while (!queue.isEmpty()) {
            List<String> batch = new ArrayList<>(queue);
            queue.clear();
            List<String> parents = new ArrayList<>();
            for (String code : batch) {
                for (Version v : history(code)) {
                    if (v.parentCode() != null && closure.add(v.parentCode())) {
                        parents.add(v.parentCode());
                    }
                }
            }
            preload(parents);
            queue.addAll(parents);
        }
        Set<String> reported = new HashSet<>();
        for (String code : closure) {
            for (Version start : history(code)) {
                Set<String> seen = new HashSet<>();
                String current = code;
                for (int step = 0; step < 10_000; step++) {
                    Optional<Version> v = at(current, start.validFrom());
                    if (v.isEmpty() || v.get().parentCode() == null) {
                        break;
                    }
                    current = v.get().parentCode();
                    if (current.equals(code)) {
                        if (reported.add(code)) {
                            problems.add(new Problem(code, null, "org.error.cycle", code, start.validFrom()));
                        }
                        break;
                    }
                    if (!seen.add(current)) {
                        break;
                    }
                }
            }
        }
    }
}
