package vn.noivu.reward.internal;

import java.util.regex.Pattern;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Number and symbol of an administrative document in the official format (NĐ 30/2020/NĐ-CP, Appendix
 * I): the number, a slash, the document type's abbreviation and the issuer's, e.g. {@code 125/QĐ-UBND},
 * {@code 12/QĐ-TTg}, {@code 45/KH-SNV}.
 */
final class DecisionNumber {

    /** A decision (quyết định): only "QĐ". */
    static final Pattern DECISION = Pattern.compile("^[0-9]{1,6}/QĐ-[\\p{Lu}][\\p{L}0-9]*(-[\\p{L}0-9]+)*$");

    /** A launching document: a decision, plan, directive, guidance, resolution or official letter. */
    static final Pattern LAUNCH =
            Pattern.compile("^[0-9]{1,6}/(QĐ|KH|CT|HD|NQ|TB|CV)-[\\p{Lu}][\\p{L}0-9]*(-[\\p{L}0-9]+)*$");

    /** A proposal (tờ trình): "TTr", e.g. {@code 45/TTr-UBND}. */
    static final Pattern PROPOSAL = Pattern.compile("^[0-9]{1,6}/TTr-[\\p{Lu}][\\p{L}0-9]*(-[\\p{L}0-9]+)*$");

    private DecisionNumber() {}

    static String require(String field, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value.trim()).matches()) {
            throw new BusinessRuleException(
                    field,
                    pattern == PROPOSAL ? "reward.proposalNo.format" : "reward.decisionNo.format",
                    new Object[] {String.valueOf(value)});
        }
        return value.trim();
    }
}
