package vn.noivu.reward.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.Eligibility;
import vn.noivu.reward.EligibilityRequest;
import vn.noivu.reward.EligibilitySummary;

/** Answers whether a person or a unit in the user's scope may receive a title for a year, and why. */
@Component
public class EligibilityCheck {

    private final Catalogue catalogue;
    private final RuleSets ruleSets;
    private final FactReader facts;
    private final EligibilityEngine engine;
    private final Subjects subjects;

    EligibilityCheck(
            Catalogue catalogue, RuleSets ruleSets, FactReader facts, EligibilityEngine engine, Subjects subjects) {
        this.catalogue = catalogue;
        this.ruleSets = ruleSets;
        this.facts = facts;
        this.engine = engine;
        this.subjects = subjects;
    }

    @Transactional(readOnly = true)
    public Eligibility check(EligibilityRequest r) {
        boolean collective = r.orgCode() != null && !r.orgCode().isBlank();
        if ((r.personId() == null) == !collective) {
            throw new BusinessRuleException("personId", "reward.subject.oneOf", new Object[0]);
        }
        if (r.year() == null || r.year() < 1945 || r.year() > 2100) {
            throw new BusinessRuleException("year", "reward.year.invalid", new Object[] {String.valueOf(r.year())});
        }
        CatalogueEntry entry = (r.title() == null
                ? null
                : catalogue.forYear(r.title().trim(), r.year()).orElse(null));
        if (entry == null || entry.ruleSet() == null) {
            throw new BusinessRuleException(
                    "title", "reward.title.notATitle", new Object[] {String.valueOf(r.title())});
        }
        if (collective != entry.isCollectiveTitle()) {
            throw new BusinessRuleException(
                    "title",
                    collective ? "reward.title.individualOnly" : "reward.title.collectiveOnly",
                    new Object[] {r.title()});
        }
        var rules = ruleSets.rules(entry.ruleSet(), entry.code());
        if (collective) {
            String code = r.orgCode().trim();
            String path = subjects.orgPath(code)
                    .orElseThrow(() -> new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {code}));
            return engine.collective(entry.ruleSet(), rules, facts.collective(code, path, r.year()), r.year());
        }
        subjects.personPath(r.personId())
                .orElseThrow(() -> new BusinessRuleException(
                        "personId", "reward.person.unknown", new Object[] {String.valueOf(r.personId())}));
        return engine.person(entry.ruleSet(), rules, facts.person(r.personId()), r.year());
    }

    /**
     * Every member of a unit's subtree (on 30/11 of the year) for an individual title: their records are
     * read in one pass of set queries and each evaluated in memory, so a province of some 80,000 people
     * takes a few reads, not 80,000 questions.
     */
    @Transactional(readOnly = true)
    public EligibilitySummary checkMembers(String orgCode, String title, Integer year) {
        if (year == null || year < 1945 || year > 2100) {
            throw new BusinessRuleException("year", "reward.year.invalid", new Object[] {String.valueOf(year)});
        }
        CatalogueEntry entry =
                title == null ? null : catalogue.forYear(title.trim(), year).orElse(null);
        if (entry == null || entry.ruleSet() == null) {
            throw new BusinessRuleException("title", "reward.title.notATitle", new Object[] {String.valueOf(title)});
        }
        if (entry.isCollectiveTitle()) {
            throw new BusinessRuleException("title", "reward.title.collectiveOnly", new Object[] {title});
        }
        String code = orgCode == null ? "" : orgCode.trim();
        String path = subjects.orgPath(code)
                .orElseThrow(() -> new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {code}));
        var rules = ruleSets.rules(entry.ruleSet(), entry.code());
        int span = rules.stream()
                .mapToInt(rule -> rule.path("years").asInt(1))
                .max()
                .orElse(1);
        List<Facts.PersonFacts> members = facts.membersFacts(code, path, year, Math.max(1, span));
        Map<String, Integer> failed = new TreeMap<>();
        List<Long> eligible = new ArrayList<>();
        for (Facts.PersonFacts p : members) {
            Eligibility e = engine.person(entry.ruleSet(), rules, p, year);
            if (e.eligible()) {
                eligible.add(p.personId());
            } else {
                e.conditions().stream().filter(c -> !c.met()).forEach(c -> failed.merge(c.rule(), 1, Integer::sum));
            }
        }
        return new EligibilitySummary(code, entry.code(), year, members.size(), eligible.size(), failed, eligible);
    }
}
