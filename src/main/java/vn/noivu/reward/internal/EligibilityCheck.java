package vn.noivu.reward.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.Eligibility;
import vn.noivu.reward.EligibilityRequest;

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
}
