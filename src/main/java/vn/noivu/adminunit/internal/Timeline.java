package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The held history of all units in memory while an import reshapes it: imports read states on dates,
 * end, split and add versions, and record changes and lineage edges; {@link TimelineStore} then
 * writes only what differs. Keeping it in memory lets every row be validated against the state the
 * earlier rows of the same file produce, before anything is written.
 */
final class Timeline {

    /** A unit identity; {@code id} null until stored. */
    static final class Unit {
        Long id;
        final Level level;
        final List<Version> versions = new ArrayList<>();

        Unit(Long id, Level level) {
            this.id = id;
            this.level = level;
        }

        boolean isNew() {
            return id == null;
        }

        /** The version following {@code v} in time, if any. */
        Version after(Version v) {
            versions.sort(BY_FROM);
            int i = versions.indexOf(v);
            return i >= 0 && i + 1 < versions.size() ? versions.get(i + 1) : null;
        }
    }

    /** A version; {@code from}/{@code to} may be moved, the state never changes. */
    static final class Version {
        Long id;
        final Unit unit;
        final UnitState state;
        LocalDate from;
        LocalDate to;
        LocalDate storedFrom;
        LocalDate storedTo;
        /** The file row (and its parent column) that created or last reshaped this version; 0 = none. */
        int row;

        String parentColumn;

        Version(Long id, Unit unit, UnitState state, LocalDate from, LocalDate to) {
            this.id = id;
            this.unit = unit;
            this.state = state;
            this.from = from;
            this.to = to;
            this.storedFrom = from;
            this.storedTo = to;
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && (to == null || d.isBefore(to));
        }

        boolean isNew() {
            return id == null;
        }

        void stored(Long id) {
            this.id = id;
            this.storedFrom = from;
            this.storedTo = to;
        }

        boolean isMoved() {
            return id != null && (!from.equals(storedFrom) || !java.util.Objects.equals(to, storedTo));
        }

        String code() {
            return state.code();
        }
    }

    record Change(
            LocalDate date,
            List<String> kinds,
            Unit unit,
            UnitState before,
            UnitState after,
            String legalBasis,
            String legalBasisStep,
            int row) {}

    record Edge(Unit predecessor, Unit successor, Change change, String relation, LocalDate date) {}

    static final Comparator<Version> BY_FROM = Comparator.comparing(v -> v.from);

    private final Map<String, List<Version>> byCode = new HashMap<>();
    private final Map<String, List<Version>> byParent = new HashMap<>();
    private final List<Version> versions = new ArrayList<>();
    private final List<Unit> newUnits = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    /** The import each pending change belongs to. */
    private final Map<Change, Long> importOf = new java.util.IdentityHashMap<>();
    /** Lineage edges already stored: predecessor id → successor ids. */
    private final Map<Long, Set<Long>> storedEdges = new HashMap<>();

    // ---- loading

    Version load(long id, Unit unit, UnitState state, LocalDate from, LocalDate to) {
        Version v = new Version(id, unit, state, from, to);
        index(v);
        return v;
    }

    void loadEdge(long predecessor, long successor) {
        storedEdges.computeIfAbsent(predecessor, k -> new LinkedHashSet<>()).add(successor);
    }

    boolean hasEdge(Unit predecessor, Unit successor) {
        if (predecessor.id == null || successor.id == null) {
            return edges.stream().anyMatch(e -> e.predecessor() == predecessor && e.successor() == successor);
        }
        return storedEdges.getOrDefault(predecessor.id, Set.of()).contains(successor.id);
    }

    private void index(Version v) {
        versions.add(v);
        v.unit.versions.add(v);
        byCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
        if (v.state.parentCode() != null) {
            byParent.computeIfAbsent(v.state.parentCode(), k -> new ArrayList<>())
                    .add(v);
        }
    }

    /** Row markers name the rows of the file being imported; earlier imports' rows mean nothing now. */
    void forgetRows() {
        versions.forEach(v -> v.row = 0);
    }

    // ---- reading

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The earliest date held: before it nothing is known. */
    LocalDate horizon() {
        return versions.stream().map(v -> v.from).min(Comparator.naturalOrder()).orElse(null);
    }

    List<Version> versions() {
        return versions;
    }

    /** The version of the unit bearing {@code code} on {@code date}, or null. */
    Version at(String code, LocalDate date) {
        for (Version v : byCode.getOrDefault(code, List.of())) {
            if (v.covers(date)) {
                return v;
            }
        }
        return null;
    }

    /** Where the next version with this code after {@code date} begins (null = none). */
    LocalDate nextStart(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream()
                .map(v -> v.from)
                .filter(f -> f.isAfter(date))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    List<Version> withCode(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Versions on {@code date} whose parent is {@code code}. */
    List<Version> childrenAt(String code, LocalDate date) {
        return byParent.getOrDefault(code, List.of()).stream()
                .filter(v -> v.covers(date))
                .toList();
    }

    List<Version> onDate(LocalDate date) {
        return versions.stream().filter(v -> v.covers(date)).toList();
    }

    // ---- reshaping

    Unit newUnit(Level level) {
        Unit unit = new Unit(null, level);
        newUnits.add(unit);
        return unit;
    }

    Version add(Unit unit, UnitState state, LocalDate from, LocalDate to, int row, String parentColumn) {
        Version v = new Version(null, unit, state, from, to);
        v.row = row;
        v.parentColumn = parentColumn;
        index(v);
        return v;
    }

    /** Ends {@code v} on {@code date} and continues the same unit with {@code state} until v's old end. */
    Version split(Version v, LocalDate date, UnitState state, int row, String parentColumn) {
        LocalDate end = v.to;
        v.to = date;
        v.row = row;
        return add(v.unit, state, date, end, row, parentColumn);
    }

    void end(Version v, LocalDate date, int row) {
        v.to = date;
        v.row = row;
    }

    Change change(
            LocalDate date,
            List<String> kinds,
            Unit unit,
            UnitState before,
            UnitState after,
            String legalBasis,
            String legalBasisStep,
            int row) {
        Change c = new Change(date, List.copyOf(kinds), unit, before, after, legalBasis, legalBasisStep, row);
        changes.add(c);
        return c;
    }

    void edge(Unit predecessor, Unit successor, Change change, String relation, LocalDate date) {
        edges.add(new Edge(predecessor, successor, change, relation, date));
    }

    /** The changes from index {@code from} on were made by import {@code importId}. */
    void assignImport(int from, Long importId) {
        for (int i = from; i < changes.size(); i++) {
            importOf.put(changes.get(i), importId);
        }
    }

    Long importOf(Change change) {
        return importOf.get(change);
    }

    List<Unit> newUnits() {
        return newUnits;
    }

    List<Change> changes() {
        return changes;
    }

    List<Edge> edges() {
        return edges;
    }

    /** After {@link TimelineStore#store}: the timeline mirrors the database again and can take the next import. */
    void stored() {
        for (Edge e : edges) {
            storedEdges
                    .computeIfAbsent(e.predecessor().id, k -> new LinkedHashSet<>())
                    .add(e.successor().id);
        }
        newUnits.clear();
        changes.clear();
        edges.clear();
        importOf.clear();
    }

    boolean hasWrites() {
        return !newUnits.isEmpty() || !changes.isEmpty() || versions.stream().anyMatch(v -> v.isNew() || v.isMoved());
    }
}
