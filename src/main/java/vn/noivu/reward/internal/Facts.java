package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records eligibility is evaluated against, read once per question. */
final class Facts {

    private Facts() {}

    record InitiativeFact(String scope, LocalDate recognisedOn, String decisionNo) {}

    record DisciplineFact(String level, LocalDate decidedOn, String decisionNo) {}

    /** A person's ratings and titles by year, initiatives and discipline. */
    record PersonFacts(
            long personId,
            Map<Integer, String> ratings,
            Map<Integer, Set<String>> titles,
            List<InitiativeFact> initiatives,
            List<DisciplineFact> disciplines) {

        Set<String> titlesOf(int year) {
            return titles.getOrDefault(year, Set.of());
        }
    }

    /** A unit's own titles by year and its members in the year. */
    record CollectiveFacts(String orgCode, Map<Integer, Set<String>> titles, List<PersonFacts> members) {}
}
