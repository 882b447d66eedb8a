package vn.noivu.reward;

import java.util.List;

/** The answer to an eligibility question: eligible only when every condition is met. */
public record Eligibility(boolean eligible, String ruleSet, List<Condition> conditions) {

    /** One condition of the rule set, its result and what records it used, in words. */
    public record Condition(String rule, boolean met, String detail) {}
}
