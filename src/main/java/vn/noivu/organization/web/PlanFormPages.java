package vn.noivu.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.organization.internal.LegalBasis;
import vn.noivu.organization.internal.ProblemMessages;
import vn.noivu.organization.internal.RestructuringCommand;
import vn.noivu.organization.internal.RestructuringKind;
import vn.noivu.organization.internal.Restructurings;
import vn.noivu.organization.internal.UnitType;
import vn.noivu.organization.internal.Version;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * A restructuring plan proposed on a form instead of a file: each change names the units it concerns
 * with the unit picker (by name), the unit merged into, and what a new or changed unit becomes (name,
 * type, superior picked by name; a new unit's code typed, since it does not exist yet). A split names
 * the one unit split and each new unit (code and name; type and superior those of the change, else the
 * split unit's). The page adds and removes changes as the user works ({@code plan-form.js}); the fields
 * of change {@code k} end in {@code k}, so the changes sent are whatever keys arrive, in their order.
 * The fields map onto the same {@link RestructuringCommand}s as the file and the API, so the plan is
 * checked and stored the same way.
 */
@Controller
@RequestMapping("/organizations/plans/new")
class PlanFormPages {

    /** The most changes one form holds (a plan of a whole province's units comes as a file). */
    static final int MAX_CHANGES = 200;

    /** The most units one split creates on the form. */
    static final int MAX_SPLIT_UNITS = 50;

    static final List<String> KINDS =
            Arrays.stream(RestructuringKind.values()).map(Enum::name).toList();

    private static final Pattern KIND_FIELD = Pattern.compile("kind([0-9]{1,4})");

    private final Restructurings restructurings;
    private final ProblemMessages messages;

    PlanFormPages(Restructurings restructurings, ProblemMessages messages) {
        this.restructurings = restructurings;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        // Every POST needs an EDITOR (SecurityConfiguration); a viewer is told so instead of shown a form.
        if (!vn.noivu.platform.security.CurrentUser.get()
                .map(u -> u.hasRole(vn.noivu.platform.security.Role.EDITOR))
                .orElse(false)) {
            throw new org.springframework.security.access.AccessDeniedException("plan form");
        }
        return page(model, new org.springframework.util.LinkedMultiValueMap<>());
    }

    @PostMapping
    String propose(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        try {
            List<RestructuringCommand> commands = commands(form);
            long id = restructurings.propose(
                    one(form, "title"),
                    new LegalBasis(one(form, "legalBasis"), date(form, "decisionDate"), one(form, "issuer")),
                    one(form, "note"),
                    commands);
            return "redirect:/organizations/plans/" + id;
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("problem", messages.text(e.messageKey(), e.args()));
        } catch (OutOfScopeException e) {
            response.setStatus(403);
            model.addAttribute("problem", messages.text("org.planForm.outOfScope"));
        }
        return page(model, form);
    }

    /**
     * One change's fields as sent (to show the form again after a refusal); {@code units} padded to three,
     * {@code splitUnits} to two. {@code key} ends the fields' names; {@code number} is the change's place.
     */
    record ChangeFields(
            String key,
            int number,
            String kind,
            String date,
            List<String> units,
            String into,
            String newCode,
            String newName,
            String newType,
            String newParent,
            String note,
            List<SplitUnit> splitUnits) {

        /** An empty change, as the page's template for a change added. */
        static ChangeFields empty(String key, int number) {
            return new ChangeFields(
                    key,
                    number,
                    null,
                    null,
                    List.of("", "", ""),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new SplitUnit("", ""), new SplitUnit("", "")));
        }
    }

    /** A unit a split creates, as typed. */
    record SplitUnit(String code, String name) {}

    private String page(Model model, MultiValueMap<String, String> form) {
        List<ChangeFields> changes = new ArrayList<>();
        List<String> keys = allKeys(form);
        for (int n = 0; n < keys.size() && n < MAX_CHANGES; n++) {
            String i = keys.get(n);
            List<String> units = new ArrayList<>(codes(form.get("units" + i)));
            while (units.size() < 3) {
                units.add("");
            }
            List<SplitUnit> split = new ArrayList<>(splitUnits(form, i));
            while (split.size() < 2) {
                split.add(new SplitUnit("", ""));
            }
            // Shown again renumbered from 0, so that the names and the places agree.
            changes.add(new ChangeFields(
                    String.valueOf(n),
                    n + 1,
                    one(form, "kind" + i),
                    one(form, "date" + i),
                    units,
                    one(form, "into" + i),
                    one(form, "newCode" + i),
                    one(form, "newName" + i),
                    one(form, "newType" + i),
                    one(form, "newParent" + i),
                    one(form, "changeNote" + i),
                    split));
        }
        if (changes.isEmpty()) {
            changes.add(ChangeFields.empty("0", 1));
        }
        model.addAttribute("form", form);
        model.addAttribute("changes", changes);
        model.addAttribute("blankChange", ChangeFields.empty("__i__", 0));
        model.addAttribute("kinds", KINDS);
        model.addAttribute(
                "types", Arrays.stream(UnitType.values()).map(Enum::name).toList());
        return "organization/plan-form";
    }

    /** The keys of the changes sent ({@code kind<key>}), in their numeric order. */
    static List<String> keys(MultiValueMap<String, String> form) {
        List<String> keys = allKeys(form);
        if (keys.size() > MAX_CHANGES) {
            throw new BusinessRuleException("kind", "org.planForm.tooMany", new Object[] {MAX_CHANGES});
        }
        return keys;
    }

    private static List<String> allKeys(MultiValueMap<String, String> form) {
        return form.keySet().stream()
                .map(KIND_FIELD::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .distinct()
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
    }

    /** The units a split creates, as typed: rows with neither a code nor a name are left out. */
    private static List<SplitUnit> splitUnits(MultiValueMap<String, String> form, String key) {
        List<String> codes = form.getOrDefault("splitCode" + key, List.of());
        List<String> names = form.getOrDefault("splitName" + key, List.of());
        List<SplitUnit> out = new ArrayList<>();
        for (int r = 0; r < Math.max(codes.size(), names.size()) && r < MAX_SPLIT_UNITS; r++) {
            String code = r < codes.size() ? blankToNull(codes.get(r)) : null;
            String name = r < names.size() ? blankToNull(names.get(r)) : null;
            if (code != null || name != null) {
                out.add(new SplitUnit(code == null ? "" : code, name == null ? "" : name));
            }
        }
        return out;
    }

    /** The changes filled in, in order; a change left without a kind is skipped. */
    static List<RestructuringCommand> commands(MultiValueMap<String, String> form) {
        List<RestructuringCommand> out = new ArrayList<>();
        LegalBasis basis = new LegalBasis(one(form, "legalBasis"), date(form, "decisionDate"), one(form, "issuer"));
        List<String> keys = keys(form);
        for (int n = 0; n < keys.size(); n++) {
            final String i = keys.get(n);
            final int number = n + 1;
            String kindName = one(form, "kind" + i);
            if (kindName == null) {
                continue;
            }
            RestructuringKind kind = RestructuringKind.parse(kindName)
                    .orElseThrow(() ->
                            new BusinessRuleException("kind" + i, "org.error.unknownKind", new Object[] {kindName}));
            LocalDate effective = date(form, "date" + i);
            if (effective == null) {
                throw new BusinessRuleException("date" + i, "org.planForm.dateRequired", new Object[] {number});
            }
            List<String> units = codes(form.get("units" + i));
            String into = code(one(form, "into" + i));
            String newCode = code(one(form, "newCode" + i));
            String name = one(form, "newName" + i);
            String typeName = one(form, "newType" + i);
            UnitType type = typeName == null
                    ? null
                    : UnitType.parse(typeName)
                            .orElseThrow(() -> new BusinessRuleException(
                                    "newType" + i, "org.error.unknownType", new Object[] {typeName}));
            String parent = code(one(form, "newParent" + i));
            List<RestructuringCommand.Successor> successors = new ArrayList<>();
            List<String> predecessors = units;
            switch (kind) {
                case ESTABLISH -> {
                    predecessors = List.of();
                    successors.add(new RestructuringCommand.Successor(
                            required(newCode, i, number, "newCode"),
                            new Version.Attributes(name, null, type, parent, null, null)));
                }
                case MERGE ->
                    successors.add(
                            into != null
                                    ? new RestructuringCommand.Successor(into, Version.Attributes.NONE)
                                    : new RestructuringCommand.Successor(
                                            required(newCode, i, number, "newCode"),
                                            new Version.Attributes(name, null, type, parent, null, null)));
                case DISSOLVE -> {}
                case SPLIT -> {
                    String unit = units.size() == 1 ? units.get(0) : null;
                    required(unit, i, number, "units");
                    List<SplitUnit> created = splitUnits(form, i);
                    if (created.size() < 2) {
                        throw new BusinessRuleException(
                                "splitCode" + i, "org.planForm.required.splitUnits", new Object[] {number});
                    }
                    for (SplitUnit u : created) {
                        String splitCode = code(blankToNull(u.code()));
                        required(splitCode, i, number, "splitCode");
                        successors.add(new RestructuringCommand.Successor(
                                splitCode,
                                new Version.Attributes(blankToNull(u.name()), null, type, parent, null, null)));
                    }
                }
                case RENAME, TRANSFER, RETYPE -> {
                    String unit = units.size() == 1 ? units.get(0) : null;
                    required(unit, i, number, "units");
                    successors.add(new RestructuringCommand.Successor(
                            unit,
                            new Version.Attributes(
                                    kind == RestructuringKind.RENAME ? name : null,
                                    null,
                                    kind == RestructuringKind.RETYPE ? type : null,
                                    kind == RestructuringKind.TRANSFER ? parent : null,
                                    null,
                                    null)));
                }
                default -> throw new IllegalStateException(kind.name());
            }
            out.add(new RestructuringCommand(
                    kind, effective, predecessors, successors, basis, one(form, "changeNote" + i)));
        }
        return out;
    }

    private static String required(String value, String key, int number, String field) {
        if (value == null) {
            throw new BusinessRuleException(field + key, "org.planForm.required." + field, new Object[] {number});
        }
        return value;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String one(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String code(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static List<String> codes(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    private static LocalDate date(MultiValueMap<String, String> form, String name) {
        String v = one(form, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(name, "org.planForm.badDate", new Object[] {v});
        }
    }
}
