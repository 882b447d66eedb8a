package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.noivu.shared.DecisionDates;

/**
 * Applies restructurings to a {@link Timeline}: what each kind does to the units' histories. Rules
 * about the result as a whole (parents alive, no cycles, types) are checked afterwards by {@link
 * Timeline#validate()}; this class refuses what is wrong with the command itself.
 */
public final class Restructurer {

    private Restructurer() {}

    /** Applies {@code c}; {@code id} is recorded on the versions and units it creates or ends. */
    public static void apply(Timeline t, RestructuringCommand c, Long id) {
        LocalDate e = c.effectiveDate();
        LocalDate before = e.minusDays(1);
        List<String> preds = c.predecessors();
        List<RestructuringCommand.Successor> succs = c.successors();
        requireDistinct(preds);
        requireDistinct(c.successorCodes());
        requireDecisionDate(c, e);
        requireDecisionDate(c, c.legalBasis() == null ? null : c.legalBasis().date());
        t.preload(c.codes());
        for (String p : preds) {
            if (!t.exists(p)) {
                fail(p, null, "org.error.unknownUnit", p);
            }
            if (t.at(p, before).isEmpty() || t.at(p, e).isEmpty()) {
                fail(p, null, "org.error.notAliveOn", p, e);
            }
        }
        switch (c.kind()) {
            case ESTABLISH -> {
                if (!preds.isEmpty() || succs.isEmpty()) {
                    fail(first(c), null, "org.error.shape.establish");
                }
                for (var s : succs) {
                    create(t, s, null, c, id);
                }
            }
            case DISSOLVE -> {
                if (preds.isEmpty() || !succs.isEmpty()) {
                    fail(first(c), null, "org.error.shape.dissolve");
                }
                for (String p : preds) {
                    t.end(p, e, id);
                }
            }
            case MERGE -> {
                Set<String> all = new HashSet<>(preds);
                all.addAll(c.successorCodes());
                if (preds.isEmpty() || succs.size() != 1 || all.size() < 2) {
                    fail(first(c), null, "org.error.shape.merge");
                }
                var s = succs.get(0);
                continueOrCreate(t, s, preds.get(0), c, id, "org.error.mergeIntoEnded");
                for (String p : preds) {
                    if (!p.equals(s.code())) {
                        for (String child : t.childrenAt(p, e)) {
                            t.change(child, e, parentOnly(s.code()), c.legalBasis(), id);
                        }
                        t.end(p, e, id);
                    }
                }
            }
            case SPLIT -> {
                if (preds.size() != 1 || succs.size() < 2) {
                    fail(first(c), null, "org.error.shape.split");
                }
                String p = preds.get(0);
                for (var s : succs) {
                    continueOrCreate(t, s, p, c, id, "org.error.splitIntoEnded");
                }
                if (!c.successorCodes().contains(p)) {
                    t.end(p, e, id);
                }
            }
            case RENAME, TRANSFER, RETYPE -> {
                if (preds.size() != 1 || succs.size() > 1) {
                    fail(first(c), null, "org.error.shape.single", c.kind().name());
                }
                String p = preds.get(0);
                var s = succs.isEmpty() ? new RestructuringCommand.Successor(p, Version.Attributes.NONE) : succs.get(0);
                Version.Attributes a = s.attributes();
                boolean given = switch (c.kind()) {
                    case RENAME -> a.name() != null || a.shortName() != null;
                    case TRANSFER -> a.parentCode() != null;
                    default -> a.type() != null || a.autonomyGroup() != null;
                };
                if (!given) {
                    fail(p, null, "org.error.attributeRequired." + c.kind().name(), p);
                }
                if (s.code().equals(p)) {
                    t.change(p, e, a, c.legalBasis(), id);
                } else {
                    // The unit continues under a new code: a new unit, and the old one ends.
                    create(t, s, p, c, id);
                    for (String child : t.childrenAt(p, e)) {
                        t.change(child, e, parentOnly(s.code()), c.legalBasis(), id);
                    }
                    t.end(p, e, id);
                }
            }
        }
    }

    private static void continueOrCreate(
            Timeline t,
            RestructuringCommand.Successor s,
            String from,
            RestructuringCommand c,
            Long id,
            String endedKey) {
        LocalDate e = c.effectiveDate();
        if (t.exists(s.code())) {
            if (t.at(s.code(), e).isEmpty()) {
                fail(s.code(), null, endedKey, s.code(), t.endOf(s.code()), e);
            }
            if (!s.attributes().isEmpty() || !c.predecessors().contains(s.code())) {
                t.change(s.code(), e, s.attributes(), c.legalBasis(), id);
            }
        } else {
            create(t, s, from, c, id);
        }
    }

    /** A new unit from {@code e}, with the blank attributes taken from {@code inheritFrom} (if any). */
    private static void create(
            Timeline t, RestructuringCommand.Successor s, String inheritFrom, RestructuringCommand c, Long id) {
        LocalDate e = c.effectiveDate();
        Version.Attributes a = s.attributes();
        Optional<Version> base = inheritFrom == null ? Optional.empty() : t.at(inheritFrom, e.minusDays(1));
        if (t.exists(s.code())) {
            fail(s.code(), null, "org.error.codeExists", s.code());
        }
        if (a.name() == null || a.name().isBlank()) {
            fail(s.code(), null, "org.error.nameRequired", s.code());
        }
        UnitType type = a.type() != null ? a.type() : base.map(Version::type).orElse(null);
        if (type == null) {
            fail(s.code(), null, "org.error.typeRequired", s.code());
        }
        Integer group = a.autonomyGroup() != null
                ? a.autonomyGroup()
                : base.map(Version::autonomyGroup).orElse(null);
        Version v = new Version(
                s.code(),
                a.name(),
                a.shortName() != null
                        ? a.shortName()
                        : base.map(Version::shortName).orElse(null),
                type,
                null,
                a.parentCode() != null
                        ? a.parentCode()
                        : base.map(Version::parentCode).orElse(null),
                a.adminUnitCode() != null
                        ? a.adminUnitCode()
                        : base.map(Version::adminUnitCode).orElse(null),
                null,
                type == UnitType.PUBLIC_SERVICE_UNIT ? group : null,
                e,
                null,
                c.legalBasis(),
                id);
        t.create(v, id);
    }

    private static Version.Attributes parentOnly(String parent) {
        return new Version.Attributes(null, null, null, parent, null, null);
    }

    private static void requireDistinct(List<String> codes) {
        if (new HashSet<>(codes).size() != codes.size()) {
            fail(codes.isEmpty() ? null : codes.get(0), null, "org.error.duplicateCode", String.join(";", codes));
        }
    }

    private static String first(RestructuringCommand c) {
        if (!c.predecessors().isEmpty()) {
            return c.predecessors().get(0);
        }
        return c.successors().isEmpty() ? null : c.successors().get(0).code();
    }

    /** Dates of a change and its decision lie in {@link DecisionDates}' range (API, pages and imports alike). */
    private static void requireDecisionDate(RestructuringCommand c, LocalDate date) {
        if (!DecisionDates.accepted(date)) {
            fail(first(c), null, "org.error.dateOutOfRange", date, DecisionDates.EARLIEST, DecisionDates.latest());
        }
    }

    private static void fail(String code, String related, String key, Object... args) {
        throw new TimelineException(new Problem(code, related, key, args));
    }
}
