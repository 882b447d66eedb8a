package vn.noivu.review;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A saved version of a review's text: the narrative per section key (and the document's parts the
 * drafter fills: {@code number} such as "125/BC-BNV", {@code place}, {@code recipients}, {@code
 * signer}, {@code signerTitle}), who saved it, and whether it is the approved, frozen version.
 */
public record ReviewDraft(
        long id,
        String scope,
        int year,
        int baselineYear,
        int version,
        Map<String, String> narrative,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        String approvedBy,
        OffsetDateTime approvedAt) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    /** What a drafter sends: the review it is for and the text. */
    public record Request(String scope, Integer year, Integer baselineYear, Map<String, String> narrative) {}
}
