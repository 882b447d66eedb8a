package vn.noivu.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * type, superior picked by name; a new unit's code typed, since it does not exist yet). The form's
 * fields map onto the same {@link RestructuringCommand}s as the file and the API, so the plan is checked
 * and stored the same way.
 */
@Controller
@RequestMapping("/organizations/plans/new")
class PlanFormPages {

    /** Changes one form holds; a larger plan comes as a file. */
    static final int CHANGES = 3;

    /** The kinds a form change may be: a split creates several units at once and is proposed by file. */
    static final List<String> KINDS = Arrays.stream(RestructuringKind.values())
            .filter(k -> k != RestructuringKind.SPLIT)
            .map(Enum::name)
            .toList();

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

    /** One change's fields as sent (to show the form again after a refusal); {@code units} padded to three. */
    record ChangeFields(
            int index,
            String kind,
            String date,
            List<String> units,
            String into,
            String newCode,
            String newName,
            String newType,
            String newParent,
            String note) {}

    private String page(Model model, MultiValueMap<String, String> form) {
        List<ChangeFields> changes = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            List<String> units = new ArrayList<>(codes(form.get("units" + i)));
            while (units.size() < 3) {
                units.add("");
            }
            changes.add(new ChangeFields(
                    i,
                    one(form, "kind" + i),
                    one(form, "date" + i),
                    units,
                    one(form, "into" + i),
                    one(form, "newCode" + i),
                    one(form, "newName" + i),
                    one(form, "newType" + i),
                    one(form, "newParent" + i),
                    one(form, "changeNote" + i)));
        }
        model.addAttribute("form", form);
        model.addAttribute("changes", changes);
        model.addAttribute("kinds", KINDS);
        model.addAttribute(
                "types", Arrays.stream(UnitType.values()).map(Enum::name).toList());
        return "organization/plan-form";
    }

    /** The changes filled in, in order; a change left without a kind is skipped. */
    static List<RestructuringCommand> commands(MultiValueMap<String, String> form) {
        List<RestructuringCommand> out = new ArrayList<>();
        LegalBasis basis = new LegalBasis(one(form, "legalBasis"), date(form, "decisionDate"), one(form, "issuer"));
        for (int c = 0; c < CHANGES; c++) {
            final int i = c;
            String kindName = one(form, "kind" + i);
            if (kindName == null) {
                continue;
            }
            RestructuringKind kind = RestructuringKind.parse(kindName)
                    .filter(k -> k != RestructuringKind.SPLIT)
                    .orElseThrow(() ->
                            new BusinessRuleException("kind" + i, "org.error.unknownKind", new Object[] {kindName}));
            LocalDate effective = date(form, "date" + i);
            if (effective == null) {
                throw new BusinessRuleException("date" + i, "org.planForm.dateRequired", new Object[] {i + 1});
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
                            required(newCode, i, "newCode"),
                            new Version.Attributes(name, null, type, parent, null, null)));
                }
                case MERGE ->
                    successors.add(
                            into != null
                                    ? new RestructuringCommand.Successor(into, Version.Attributes.NONE)
                                    : new RestructuringCommand.Successor(
                                            required(newCode, i, "newCode"),
                                            new Version.Attributes(name, null, type, parent, null, null)));
                case DISSOLVE -> {}
                case RENAME, TRANSFER, RETYPE -> {
                    String unit = units.size() == 1 ? units.get(0) : null;
                    required(unit, i, "units");
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

    private static String required(String value, int change, String field) {
        if (value == null) {
            throw new BusinessRuleException(
                    field + change, "org.planForm.required." + field, new Object[] {change + 1});
        }
        return value;
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
