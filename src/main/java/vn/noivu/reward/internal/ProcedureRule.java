package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The council's rule for a title: the share of members present for a quorum, the share of ALL members
 * whose votes (written votes of absent members included) pass it, and the default days of notice.
 */
public record ProcedureRule(
        String titleCode, BigDecimal quorumShare, BigDecimal passShare, int noticeDays, String basis) {

    boolean quorumMet(int present, int members) {
        return BigDecimal.valueOf(present).compareTo(quorumShare.multiply(BigDecimal.valueOf(members))) >= 0;
    }

    boolean passes(int votesFor, int members) {
        return BigDecimal.valueOf(votesFor).compareTo(passShare.multiply(BigDecimal.valueOf(members))) >= 0;
    }

    /** The share as a whole percentage for messages (0.6667 → 67). */
    String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
