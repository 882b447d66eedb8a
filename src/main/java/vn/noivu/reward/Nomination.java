package vn.noivu.reward;

import java.time.LocalDate;

/**
 * A nomination for a title or form through its procedure (Luật TĐKT Art. 84): proposed with its dossier,
 * reviewed by the council's secret ballot, in public notice (both days included), appraised, decided
 * (approved, downgraded to another form, returned or rejected), and perhaps revoked; held while its
 * nominee is under disciplinary review or its unit has been dissolved. A title or form of the Prime
 * Minister or the President goes the national path after the appraisal: proposed to the Ministry of
 * Home Affairs ({@code SUBMITTED}), appraised by it ({@code MINISTRY_APPRAISED}), submitted by it to the
 * Prime Minister ({@code REFERRED}), then decided.
 */
public record Nomination(
        long id,
        Long personId,
        String orgCode,
        String nomineeName,
        String unitCode,
        String title,
        int year,
        String summary,
        String status,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        String holdReason,
        Integer councilMembers,
        Integer councilPresent,
        Integer votesFor,
        LocalDate votedOn,
        String appraisalOpinion,
        String outcomeReason,
        String awardedTitle,
        String decisionNo,
        LocalDate decisionDate,
        String signer,
        Long awardId,
        String revokedReason,
        String createdBy,
        String submissionNo,
        LocalDate submittedOn,
        String ministryOpinion,
        LocalDate ministryAppraisedOn,
        String referralNo,
        LocalDate referredOn) {

    /**
     * A nomination to create. The nominee's name is given as the proposal (tờ trình) writes it: the
     * personnel module publishes no names to other modules yet.
     */
    public record Request(
            Long personId, String orgCode, String nomineeName, String title, Integer year, String summary) {}

    /** A public notice from a day for a number of days (the title's configured number when absent). */
    public record Notice(LocalDate from, Integer days) {}

    /**
     * The result of the council's secret ballot: only counts, never who voted how. {@code votesFor}
     * includes the written votes of absent members (NĐ 98/2023 Art. 30(7); NĐ 98 ceased on 01/07/2025 and
     * NĐ 152/2025's rule is not read).
     */
    public record Vote(Integer members, Integer present, Integer votesFor, LocalDate votedOn) {}

    /** The appraisal (thẩm định) by the standing body: agreed, or returned with its opinion. */
    public record Appraisal(Boolean agreed, String opinion) {}

    /**
     * The decision: {@code APPROVED}, {@code DOWNGRADED} (to {@code awardedTitle}, another form),
     * {@code RETURNED} or {@code REJECTED} (with {@code reason}). Approved and downgraded need the
     * decision's number and symbol (e.g. {@code 125/QĐ-UBND}), date and signer.
     */
    public record Decision(
            String outcome,
            String awardedTitle,
            String decisionNo,
            LocalDate decisionDate,
            String signer,
            String reason) {}

    /**
     * A proposal (tờ trình): of a province or ministry to the Ministry of Home Affairs for a title or form
     * decided by the Prime Minister or the President (e.g. {@code 45/TTr-UBND}), or of the Ministry to the
     * Prime Minister (e.g. {@code 120/TTr-BNV}); its number and symbol and its date.
     */
    public record Submission(String proposalNo, LocalDate proposedOn) {}

    /** The revocation of a decided award, by a decision, with its reason. */
    public record Revocation(String reason, String decisionNo, LocalDate decisionDate) {}

    /** A public comment on a nominee in notice. */
    public record Comment(String author, String body) {}

    /** A stored public comment, for those who appraise. */
    public record StoredComment(long id, String author, String body, java.time.OffsetDateTime createdAt) {}

    /** A document of the dossier (without its content). */
    public record Attachment(long id, String kind, String filename, String contentType, int sizeBytes, String sha256) {}

    /** What the public page shows of a nominee in notice: nothing personal beyond name and unit. */
    public record PublicEntry(long id, String name, String unit, String title, String summary, LocalDate noticeUntil) {}
}
