package vn.noivu.reward;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of a title (danh hiệu) or reward form (hình thức khen thưởng): the article that founds
 * it, who decides it, and its bonus as a multiple of the base salary.
 *
 * @param kind INDIVIDUAL_TITLE, COLLECTIVE_TITLE or FORM
 * @param ruleSet the eligibility rule set of this version (resource reward/rules/&lt;ruleSet&gt;.json)
 * @param family TITLE (emulation titles), CERTIFICATE (Giấy khen, Bằng khen), ORDER (huân chương),
 *     MEDAL (huy chương) or STATE_HONOUR (danh hiệu vinh dự nhà nước)
 * @param decisionLevel who decides it: UNIT, MINISTRY_PROVINCE, PRIME_MINISTER or PRESIDENT
 */
public record CatalogueEntry(
        String code,
        LocalDate validFrom,
        LocalDate validTo,
        String kind,
        String name,
        String nameEn,
        String article,
        String decidedBy,
        BigDecimal multipleIndividual,
        BigDecimal multipleCollective,
        String bonusBasis,
        String ruleSet,
        String family,
        String decisionLevel) {

    public boolean isCollectiveTitle() {
        return "COLLECTIVE_TITLE".equals(kind);
    }

    public boolean isIndividualTitle() {
        return "INDIVIDUAL_TITLE".equals(kind);
    }

    /** Decided by the President: a province or ministry proposes it to the Ministry, it does not decide it. */
    public boolean isStateHonour() {
        return "PRESIDENT".equals(decisionLevel);
    }

    /**
     * Decided by the Prime Minister or the President: nominations go the national path (the province or
     * ministry proposes, the Ministry of Home Affairs appraises and submits, the decision is recorded by
     * the Ministry), and only the Ministry revokes such an award.
     */
    public boolean isDecidedNationally() {
        return "PRIME_MINISTER".equals(decisionLevel) || "PRESIDENT".equals(decisionLevel);
    }

    /** The multiple for a person or for a collective; null when this entry has none for that subject. */
    public BigDecimal multiple(boolean collective) {
        return collective ? multipleCollective : multipleIndividual;
    }
}
