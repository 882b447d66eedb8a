package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One restructuring to apply: its kind, effective date, decision, the units before (predecessors) and
 * after (successors). A successor that does not exist yet is created with the given attributes,
 * inheriting the blank ones from the first predecessor; an existing successor gets the non-blank ones.
 */
public record RestructuringCommand(
        RestructuringKind kind,
        LocalDate effectiveDate,
        List<String> predecessors,
        List<Successor> successors,
        LegalBasis legalBasis,
        String note) {

    public record Successor(String code, Version.Attributes attributes) {}

    public List<String> successorCodes() {
        return successors.stream().map(Successor::code).toList();
    }

    /** Every unit code the command names. */
    public List<String> codes() {
        List<String> all = new java.util.ArrayList<>(predecessors);
        successors.forEach(s -> {
            all.add(s.code());
            if (s.attributes().parentCode() != null) {
                all.add(s.attributes().parentCode());
            }
        });
        return all.stream().distinct().toList();
    }
}
