package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reward.AwardRequest;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.MinistryOnlyException;
import vn.noivu.reward.Nomination;

/**
 * A nomination through its procedure (Luật TĐKT Art. 84): proposal with its dossier → council review
 * by secret ballot (quorum and share of all members per title, {@code reward.procedure_rule}) → public
 * notice → appraisal → decision → registry, with revocation and holds. Each step checks the status it
 * starts from, the user's scope (a nomination outside it is unknown) and is audited. The public list
 * is read without login, so it selects only the name, the unit's name, the title's name and the summary.
 *
 * <p>A title or form decided by the Prime Minister or the President (catalogue {@code decision_level})
 * goes the national path after the province's or ministry's own appraisal: {@link #submit} to the
 * Ministry of Home Affairs, {@link #appraiseAtMinistry} by its Ban Thi đua - Khen thưởng Trung ương,
 * {@link #refer} to the Prime Minister, {@link #decide}. The Ministry's steps, and the revocation of such
 * an award, are refused to a user who is not of national scope with {@link MinistryOnlyException} (403).
 */
@Component
public class Nominations {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The documents the dossier must hold before the council reviews it (Luật TĐKT Art. 84). */
    static final List<String> REQUIRED_DOCUMENTS = List.of("PROPOSAL", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES");

    static final Set<String> DOCUMENT_KINDS = Set.of("PROPOSAL", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES", "OTHER");

    static final Set<String> OUTCOMES = Set.of("APPROVED", "DOWNGRADED", "RETURNED", "REJECTED");

    private static final String COLUMNS = """
            SELECT id, person_id, org_code, nominee_name, unit_code, title_code AS title, year, summary, status,
                   notice_from, notice_until, hold_reason, council_members, council_present, votes_for, voted_on,
                   appraisal_opinion, outcome_reason, awarded_title_code AS awarded_title, decision_no,
                   decision_date, signer, award_id, revoked_reason, created_by, submission_no, submitted_on,
                   ministry_opinion, ministry_appraised_on, referral_no, referred_on
            FROM reward.nomination""";

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Subjects subjects;
    private final RewardRegistry registry;
    private final AuditLog audit;

    Nominations(JdbcClient jdbc, Catalogue catalogue, Subjects subjects, RewardRegistry registry, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public Nomination create(Nomination.Request r) {
        boolean collective = r.orgCode() != null && !r.orgCode().isBlank();
        if ((r.personId() == null) == !collective) {
            throw new BusinessRuleException("personId", "reward.subject.oneOf", new Object[0]);
        }
        String unit;
        String path;
        if (collective) {
            unit = r.orgCode().trim();
            path = subjects.orgPath(unit)
                    .orElseThrow(() -> new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {unit}));
        } else {
            var place = subjects.personUnit(r.personId())
                    .orElseThrow(() -> new BusinessRuleException(
                            "personId", "reward.person.unknown", new Object[] {String.valueOf(r.personId())}));
            unit = place[0];
            path = place[1];
        }
        if (r.title() == null || catalogue.latest(r.title().trim()).isEmpty()) {
            throw new BusinessRuleException("title", "reward.title.unknown", new Object[] {String.valueOf(r.title())});
        }
        if (r.year() == null || r.year() < 1945 || r.year() > LocalDate.now().getYear() + 1) {
            throw new BusinessRuleException("year", "reward.year.invalid", new Object[] {String.valueOf(r.year())});
        }
        List<String> blank = new ArrayList<>();
        if (Texts.refusal(r.nomineeName(), 200) != null) {
            blank.add("nomineeName");
        }
        if (Texts.refusal(r.summary(), 2000) != null) {
            blank.add("summary");
        }
        if (!blank.isEmpty()) {
            throw new BusinessRuleException(blank.get(0), "reward.nomination.text", new Object[0]);
        }
        long id = jdbc.sql("""
                        INSERT INTO reward.nomination (person_id, org_code, nominee_name, unit_code, title_code, year,
                            summary, scope_path, created_by)
                        VALUES (:p, :o, :n, :u, :t, :y, :s, :path, :by) RETURNING id""")
                .param("p", r.personId())
                .param("o", collective ? unit : null)
                .param("n", r.nomineeName().trim())
                .param("u", unit)
                .param("t", r.title().trim())
                .param("y", r.year())
                .param("s", r.summary().trim())
                .param("path", path)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        holdIfBarred(id);
        Nomination created = get(id);
        audit.record("CREATE", "reward.nomination", String.valueOf(id), null, created);
        return created;
    }

    /** Adds a document to the dossier while it is being prepared (proposed or returned). */
    @Transactional
    public Nomination.Attachment attach(long id, String kind, String filename, String contentType, byte[] content) {
        Nomination n = get(id);
        requireStatus(n, "PROPOSED", "RETURNED");
        if (kind == null || !DOCUMENT_KINDS.contains(kind)) {
            throw new BusinessRuleException(
                    "kind", "reward.nomination.documentKind", new Object[] {String.valueOf(kind)});
        }
        String name = filename == null || filename.isBlank() ? "tep" : filename.trim();
        if (Texts.refusal(name, 200) != null) {
            throw new BusinessRuleException("file", "reward.nomination.filename", new Object[0]);
        }
        if (content.length == 0) {
            throw new BusinessRuleException("file", "reward.nomination.fileEmpty", new Object[0]);
        }
        long aid = jdbc.sql("""
                        INSERT INTO reward.nomination_attachment (nomination_id, kind, filename, content_type, size_bytes,
                            sha256, content, uploaded_by)
                        VALUES (:n, :k, :f, :c, :s, :h, :b, :by) RETURNING id""")
                .param("n", id)
                .param("k", kind)
                .param("f", name)
                .param("c", contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
                .param("s", content.length)
                .param("h", sha256(content))
                .param("b", content)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Nomination.Attachment a =
                attachments(id).stream().filter(x -> x.id() == aid).findFirst().orElseThrow();
        audit.record("ATTACH", "reward.nomination", String.valueOf(id), null, a);
        return a;
    }

    @Transactional(readOnly = true)
    public List<Nomination.Attachment> attachments(long id) {
        get(id);
        return jdbc.sql("""
                        SELECT id, kind, filename, content_type, size_bytes, sha256 FROM reward.nomination_attachment
                        WHERE nomination_id = :n ORDER BY id""").param("n", id).query(Nomination.Attachment.class).list();
    }

    /** The content of a document of a nomination in scope. */
    @Transactional(readOnly = true)
    public byte[] attachmentContent(long id, long attachmentId) {
        get(id);
        return jdbc.sql("SELECT content FROM reward.nomination_attachment WHERE nomination_id = :n AND id = :a")
                .param("n", id)
                .param("a", attachmentId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /** Sends a complete dossier to the council (emulation council, hội đồng thi đua, khen thưởng). */
    @Transactional
    public Nomination review(long id) {
        Nomination before = get(id);
        requireStatus(before, "PROPOSED", "RETURNED");
        List<String> kinds =
                attachments(id).stream().map(Nomination.Attachment::kind).toList();
        for (String required : REQUIRED_DOCUMENTS) {
            if (!kinds.contains(required)) {
                throw new BusinessRuleException("attachments", "reward.nomination.missingDocument", new Object[] {
                    new DefaultMessageSourceResolvable("reward.document." + required)
                });
            }
        }
        setStatus(id, "IN_REVIEW");
        holdIfBarred(id);
        return audited("REVIEW", before);
    }

    /**
     * Records the council's secret ballot. Refused (status unchanged) without a quorum; passed when the
     * votes for reach the title's share of ALL members, else the nomination is rejected with the count.
     */
    @Transactional
    public Nomination vote(long id, Nomination.Vote v) {
        Nomination before = get(id);
        requireStatus(before, "IN_REVIEW");
        if (v == null || v.members() == null || v.members() < 1 || v.members() > 500) {
            throw new BusinessRuleException("members", "reward.vote.members", new Object[0]);
        }
        if (v.present() == null || v.present() < 0 || v.present() > v.members()) {
            throw new BusinessRuleException("present", "reward.vote.present", new Object[] {v.members()});
        }
        if (v.votesFor() == null || v.votesFor() < 0 || v.votesFor() > v.members()) {
            throw new BusinessRuleException("votesFor", "reward.vote.votesFor", new Object[] {v.members()});
        }
        LocalDate on = v.votedOn() == null ? today() : v.votedOn();
        if (on.isAfter(today()) || on.getYear() < 1945) {
            throw new BusinessRuleException("votedOn", "reward.date.invalid", new Object[0]);
        }
        ProcedureRule rule = rule(before.title());
        if (!rule.quorumMet(v.present(), v.members())) {
            throw new BusinessRuleException("present", "reward.vote.quorum", new Object[] {
                v.present(), v.members(), rule.percent(rule.quorumShare())
            });
        }
        boolean passed = rule.passes(v.votesFor(), v.members());
        jdbc.sql("""
                        UPDATE reward.nomination SET council_members = :m, council_present = :p, votes_for = :f,
                            voted_on = :d, status = :s, outcome_reason = :r, updated_at = now() WHERE id = :id""")
                .param("m", v.members())
                .param("p", v.present())
                .param("f", v.votesFor())
                .param("d", on)
                .param("s", passed ? "VOTED" : "REJECTED")
                .param(
                        "r",
                        passed
                                ? null
                                : v.votesFor() + "/" + v.members() + " < " + rule.percent(rule.passShare()) + " %")
                .param("id", id)
                .update();
        return audited("VOTE", before);
    }

    /** Puts a nomination the council passed on public notice from a day, for its number of days. */
    @Transactional
    public Nomination notice(long id, Nomination.Notice notice) {
        Nomination before = get(id);
        requireStatus(before, "VOTED");
        if (notice == null || notice.from() == null) {
            throw new BusinessRuleException("from", "reward.date.invalid", new Object[0]);
        }
        int days = notice.days() == null ? rule(before.title()).noticeDays() : notice.days();
        if (days < 1 || days > 60) {
            throw new BusinessRuleException("days", "reward.nomination.days", new Object[0]);
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = 'IN_NOTICE', notice_from = :f, notice_until = :u,
                            updated_at = now() WHERE id = :id""")
                .param("f", notice.from())
                .param("u", notice.from().plusDays(days - 1L))
                .param("id", id)
                .update();
        return audited("NOTICE", before);
    }

    /** The appraisal after the notice has ended: agreed goes on to the decision, else it is returned. */
    @Transactional
    public Nomination appraise(long id, Nomination.Appraisal a) {
        Nomination before = get(id);
        requireStatus(before, "IN_NOTICE");
        if (!before.noticeUntil().isBefore(today())) {
            throw new BusinessRuleException("status", "reward.nomination.noticeRunning", new Object[] {
                before.noticeUntil().toString()
            });
        }
        if (a == null || a.agreed() == null) {
            throw new BusinessRuleException("agreed", "reward.field.required", new Object[0]);
        }
        String refusal = Texts.refusal(a.opinion(), 4000);
        if (refusal != null) {
            throw new BusinessRuleException("opinion", refusal, new Object[] {4000});
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = :s, appraisal_opinion = :o, appraised_by = :by,
                            outcome_reason = :r, updated_at = now() WHERE id = :id""")
                .param("s", a.agreed() ? "APPRAISED" : "RETURNED")
                .param("o", a.opinion().trim())
                .param("by", CurrentUser.actor())
                .param("r", a.agreed() ? null : a.opinion().trim())
                .param("id", id)
                .update();
        holdIfBarred(id);
        return audited("APPRAISE", before);
    }

    /**
     * The decision on an appraised nomination. Four eyes: whoever proposed or appraised it may not
     * decide it. Approved and downgraded nominations enter the registry as awards with their bonus.
     */
    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public Nomination decide(long id, Nomination.Decision d) {
        Nomination before = get(id);
        Optional<CatalogueEntry> level = decidedNationally(before.title());
        if (level.isPresent()) {
            // The Prime Minister or the President decides; the Ministry, which submitted it, records it.
            if ("APPRAISED".equals(before.status())) {
                throw new BusinessRuleException("status", "reward.nomination.submitFirst", new Object[] {
                    level.get().name(), deciderName(level.get())
                });
            }
            requireMinistry("reward.nomination.ministryDecides", level.get());
            requireStatus(before, "REFERRED");
        } else {
            requireStatus(before, "APPRAISED");
        }
        requireOtherEyes(id);
        if (d == null || d.outcome() == null || !OUTCOMES.contains(d.outcome())) {
            throw new BusinessRuleException("outcome", "reward.nomination.outcome", new Object[0]);
        }
        holdIfBarred(id);
        if ("HELD".equals(status(id))) {
            return audited("HOLD", before);
        }
        if (d.outcome().equals("RETURNED") || d.outcome().equals("REJECTED")) {
            String refusal = Texts.refusal(d.reason(), 2000);
            if (refusal != null) {
                throw new BusinessRuleException("reason", refusal, new Object[] {2000});
            }
            jdbc.sql("""
                            UPDATE reward.nomination SET status = :s, outcome_reason = :r, decided_by = :by,
                                updated_at = now() WHERE id = :id""")
                    .param("s", d.outcome())
                    .param("r", d.reason().trim())
                    .param("by", CurrentUser.actor())
                    .param("id", id)
                    .update();
            return audited("DECIDE", before);
        }
        String awarded = before.title();
        if (d.outcome().equals("DOWNGRADED")) {
            if (d.awardedTitle() == null
                    || d.awardedTitle().trim().equals(before.title())
                    || catalogue.latest(d.awardedTitle().trim()).isEmpty()) {
                throw new BusinessRuleException(
                        "awardedTitle", "reward.nomination.downgrade", new Object[] {String.valueOf(d.awardedTitle())});
            }
            awarded = d.awardedTitle().trim();
        }
        requireDecisionNo("decisionNo", d.decisionNo());
        if (d.decisionDate() == null
                || d.decisionDate().isAfter(today())
                || d.decisionDate().getYear() < 1945) {
            throw new BusinessRuleException("decisionDate", "reward.date.invalid", new Object[0]);
        }
        String signerRefusal = Texts.refusal(d.signer(), 200);
        if (signerRefusal != null) {
            throw new BusinessRuleException("signer", signerRefusal, new Object[] {200});
        }
        var award = registry.addAward(new AwardRequest(
                before.personId(),
                before.orgCode(),
                awarded,
                before.year(),
                d.decisionNo().trim(),
                d.decisionDate(),
                d.signer().trim()));
        jdbc.sql("""
                        UPDATE reward.nomination SET status = :s, awarded_title_code = :t, decision_no = :n,
                            decision_date = :d, signer = :sg, decided_by = :by, award_id = :a, outcome_reason = :r,
                            updated_at = now() WHERE id = :id""")
                .param("s", d.outcome())
                .param("t", awarded)
                .param("n", d.decisionNo().trim())
                .param("d", d.decisionDate())
                .param("sg", d.signer().trim())
                .param("by", CurrentUser.actor())
                .param("a", award.id())
                .param(
                        "r",
                        d.reason() == null || d.reason().isBlank()
                                ? null
                                : d.reason().trim())
                .param("id", id)
                .update();
        return audited("DECIDE", before);
    }

    /**
     * Proposes an appraised nomination for a title or form decided by the Prime Minister or the President
     * (Bằng khen TTg, CSTĐ toàn quốc, Cờ thi đua CP; orders, medals, state honorary titles) to the Ministry
     * of Home Affairs: the province's or ministry's proposal (tờ trình) number and date. Only such a
     * nomination goes up this way.
     */
    @Transactional
    public Nomination submit(long id, Nomination.Submission s) {
        Nomination before = get(id);
        requireStatus(before, "APPRAISED");
        if (decidedNationally(before.title()).isEmpty()) {
            throw new BusinessRuleException(
                    "status", "reward.nomination.notStateHonour", new Object[] {titleName(before.title())});
        }
        if (s == null) {
            throw new BusinessRuleException("proposalNo", "reward.field.required", new Object[0]);
        }
        DecisionNumber.require("proposalNo", s.proposalNo(), DecisionNumber.PROPOSAL);
        if (s.proposedOn() == null
                || s.proposedOn().isAfter(today())
                || s.proposedOn().getYear() < 1945) {
            throw new BusinessRuleException("proposedOn", "reward.date.invalid", new Object[0]);
        }
        holdIfBarred(id);
        if ("HELD".equals(status(id))) {
            return audited("HOLD", before);
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = 'SUBMITTED', submission_no = :n, submitted_on = :d,
                            submitted_by = :by, updated_at = now() WHERE id = :id""")
                .param("n", s.proposalNo().trim())
                .param("d", s.proposedOn())
                .param("by", CurrentUser.actor())
                .param("id", id)
                .update();
        return audited("SUBMIT", before);
    }

    /**
     * The Ministry's appraisal (Ban Thi đua - Khen thưởng Trung ương) of a nomination a province or
     * ministry submitted: agreed goes on to the Prime Minister, else it is returned with the opinion.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Nomination appraiseAtMinistry(long id, Nomination.Appraisal a) {
        Nomination before = get(id);
        CatalogueEntry level = decidedNationally(before.title())
                .orElseThrow(() -> new BusinessRuleException(
                        "status", "reward.nomination.notStateHonour", new Object[] {titleName(before.title())}));
        requireMinistry("reward.nomination.ministryAppraises", level);
        requireStatus(before, "SUBMITTED");
        if (a == null || a.agreed() == null) {
            throw new BusinessRuleException("agreed", "reward.field.required", new Object[0]);
        }
        String refusal = Texts.refusal(a.opinion(), 4000);
        if (refusal != null) {
            throw new BusinessRuleException("opinion", refusal, new Object[] {4000});
        }
        holdIfBarred(id);
        if ("HELD".equals(status(id))) {
            return audited("HOLD", before);
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = :s, ministry_opinion = :o, ministry_appraised_by = :by,
                            ministry_appraised_on = :d, outcome_reason = :r, updated_at = now() WHERE id = :id""")
                .param("s", a.agreed() ? "MINISTRY_APPRAISED" : "RETURNED")
                .param("o", a.opinion().trim())
                .param("by", CurrentUser.actor())
                .param("d", today())
                .param("r", a.agreed() ? null : a.opinion().trim())
                .param("id", id)
                .update();
        return audited("MINISTRY_APPRAISE", before);
    }

    /**
     * The Ministry submits a nomination it appraised to the Prime Minister (who decides, or proposes it to
     * the President): the Ministry's proposal (tờ trình, e.g. {@code 120/TTr-BNV}) number and date,
     * recorded once signed (data entry, an EDITOR's; the decision is recorded by an APPROVER).
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Nomination refer(long id, Nomination.Submission s) {
        Nomination before = get(id);
        CatalogueEntry level = decidedNationally(before.title())
                .orElseThrow(() -> new BusinessRuleException(
                        "status", "reward.nomination.notStateHonour", new Object[] {titleName(before.title())}));
        requireMinistry("reward.nomination.ministryRefers", level);
        requireStatus(before, "MINISTRY_APPRAISED");
        if (s == null) {
            throw new BusinessRuleException("proposalNo", "reward.field.required", new Object[0]);
        }
        DecisionNumber.require("proposalNo", s.proposalNo(), DecisionNumber.PROPOSAL);
        if (s.proposedOn() == null
                || s.proposedOn().isAfter(today())
                || s.proposedOn().getYear() < 1945) {
            throw new BusinessRuleException("proposedOn", "reward.date.invalid", new Object[0]);
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = 'REFERRED', referral_no = :n, referred_on = :d,
                            referred_by = :by, updated_at = now() WHERE id = :id""")
                .param("n", s.proposalNo().trim())
                .param("d", s.proposedOn())
                .param("by", CurrentUser.actor())
                .param("id", id)
                .update();
        return audited("REFER", before);
    }

    /** The catalogue entry of a title decided by the Prime Minister or the President; empty otherwise. */
    private Optional<CatalogueEntry> decidedNationally(String title) {
        return catalogue.latest(title).filter(CatalogueEntry::isDecidedNationally);
    }

    /** Refuses (403) a Ministry step to a user who is not of national scope, naming the title and who decides it. */
    private void requireMinistry(String messageKey, CatalogueEntry level) {
        if (!CurrentUser.scope().isNational()) {
            throw new MinistryOnlyException(messageKey, level.name(), deciderName(level));
        }
    }

    private static DefaultMessageSourceResolvable deciderName(CatalogueEntry level) {
        return new DefaultMessageSourceResolvable("reward.decisionLevel." + level.decisionLevel());
    }

    private String titleName(String title) {
        return catalogue.latest(title).map(CatalogueEntry::name).orElse(title);
    }

    /** Revokes a decided award with its reason; the award stays in the registry, marked, and no longer counts. */
    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public Nomination revoke(long id, Nomination.Revocation r) {
        Nomination before = get(id);
        String awarded = before.awardedTitle() == null ? before.title() : before.awardedTitle();
        Optional<CatalogueEntry> level = decidedNationally(awarded);
        if (level.isPresent()) {
            // A state honour or a title of the Prime Minister is revoked by the authority that gave it, on
            // the Ministry's proposal: a province may not revoke it (Luật TĐKT, Chương VII).
            requireMinistry("reward.nomination.ministryRevokes", level.get());
        }
        requireStatus(before, "APPROVED", "DOWNGRADED");
        requireOtherEyes(id);
        if (r == null) {
            throw new BusinessRuleException("reason", "reward.field.required", new Object[0]);
        }
        String refusal = Texts.refusal(r.reason(), 2000);
        if (refusal != null) {
            throw new BusinessRuleException("reason", refusal, new Object[] {2000});
        }
        requireDecisionNo("decisionNo", r.decisionNo());
        if (r.decisionDate() == null
                || r.decisionDate().isAfter(today())
                || r.decisionDate().getYear() < 1945) {
            throw new BusinessRuleException("decisionDate", "reward.date.invalid", new Object[0]);
        }
        jdbc.sql("UPDATE reward.award SET revoked_on = :d, revoked_reason = :r WHERE id = :a")
                .param("d", r.decisionDate())
                .param("r", r.reason().trim() + " (" + r.decisionNo().trim() + ")")
                .param("a", before.awardId())
                .update();
        jdbc.sql("""
                        UPDATE reward.nomination SET status = 'REVOKED', revoked_reason = :r, revocation_no = :n,
                            revoked_by = :by, updated_at = now() WHERE id = :id""")
                .param("r", r.reason().trim())
                .param("n", r.decisionNo().trim())
                .param("by", CurrentUser.actor())
                .param("id", id)
                .update();
        audit.record(
                "REVOKE",
                "reward.award",
                String.valueOf(before.awardId()),
                null,
                java.util.Map.of(
                        "title", awarded,
                        "decisionNo", r.decisionNo().trim(),
                        "decisionDate", r.decisionDate().toString()),
                r.reason().trim());
        return audited("REVOKE", before);
    }

    /** Releases a held nomination back to its step once the reason no longer holds; refused otherwise. */
    @Transactional
    public Nomination release(long id) {
        Nomination before = get(id);
        requireStatus(before, "HELD");
        Optional<String> reason = barred(id);
        if (reason.isPresent()) {
            throw new BusinessRuleException("status", "reward.nomination.stillHeld", new Object[] {
                new DefaultMessageSourceResolvable("reward.hold." + reason.get().split(":")[0])
            });
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = held_status, held_status = NULL, hold_reason = NULL,
                            updated_at = now() WHERE id = :id""").param("id", id).update();
        return audited("RELEASE", before);
    }

    /** A nomination in the user's scope; 404 otherwise. */
    @Transactional(readOnly = true)
    public Nomination get(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id AND scope_path LIKE :scope")
                .param("id", id)
                .param("scope", CurrentUser.scope().likePattern())
                .query(Nomination.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("nomination", id));
    }

    @Transactional(readOnly = true)
    public List<Nomination> list(Integer year) {
        return jdbc.sql(COLUMNS + """
                         WHERE scope_path LIKE :scope AND (CAST(:y AS int) IS NULL OR year = :y)
                        ORDER BY id DESC LIMIT 1000""")
                .param("scope", CurrentUser.scope().likePattern())
                .param("y", year)
                .query(Nomination.class)
                .list();
    }

    /** Nominees whose notice runs on {@code today}: name, unit name, title name and summary only. */
    @Transactional(readOnly = true)
    public List<Nomination.PublicEntry> inNotice(LocalDate today) {
        return jdbc.sql("""
                        SELECT n.id, n.nominee_name AS name, coalesce(u.name, n.unit_code) AS unit,
                               (SELECT c.name FROM reward.catalogue c WHERE c.code = n.title_code
                                ORDER BY c.valid_from DESC LIMIT 1) AS title,
                               n.summary, n.notice_until
                        FROM reward.nomination n
                        LEFT JOIN organization.api_unit u ON u.code = n.unit_code
                        WHERE n.status = 'IN_NOTICE' AND n.notice_from <= :d AND n.notice_until >= :d
                        ORDER BY n.notice_until, n.id LIMIT 500""")
                .param("d", today)
                .query(Nomination.PublicEntry.class)
                .list();
    }

    /**
     * Stores a comment of the public on a nominee whose notice runs today (no login: audited under the
     * actor "public" with the hash of the client's address). Unknown or not in notice: 404.
     */
    @Transactional
    public Nomination.StoredComment comment(long id, Nomination.Comment c, String clientHash, LocalDate today) {
        boolean inNotice = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM reward.nomination WHERE id = :id AND status = 'IN_NOTICE'
                                       AND notice_from <= :d AND notice_until >= :d)""")
                .param("id", id)
                .param("d", today)
                .query(Boolean.class)
                .single();
        if (!inNotice) {
            throw new NotFoundException("nomination", id);
        }
        if (c == null) {
            throw new BusinessRuleException("body", "reward.field.required", new Object[0]);
        }
        String authorRefusal = Texts.refusal(c.author(), 200);
        if (authorRefusal != null) {
            throw new BusinessRuleException("author", authorRefusal, new Object[] {200});
        }
        String bodyRefusal = Texts.refusal(c.body(), 4000);
        if (bodyRefusal != null) {
            throw new BusinessRuleException("body", bodyRefusal, new Object[] {4000});
        }
        Nomination.StoredComment stored = jdbc.sql("""
                        INSERT INTO reward.nomination_comment (nomination_id, author, body, client_hash)
                        VALUES (:n, :a, :b, :h) RETURNING id, author, body, created_at""")
                .param("n", id)
                .param("a", c.author().trim())
                .param("b", c.body().trim())
                .param("h", clientHash)
                .query(Nomination.StoredComment.class)
                .single();
        audit.recordAs(
                "public", "COMMENT", "reward.nomination", String.valueOf(id), null, stored, "client " + clientHash);
        return stored;
    }

    /** The public's comments on a nomination in scope, for the appraisal. */
    @Transactional(readOnly = true)
    public List<Nomination.StoredComment> comments(long id) {
        get(id);
        return jdbc.sql("""
                        SELECT id, author, body, created_at FROM reward.nomination_comment
                        WHERE nomination_id = :n ORDER BY id""")
                .param("n", id)
                .query(Nomination.StoredComment.class)
                .list();
    }

    /** The title's procedure rule: quorum, share of all members, days of notice. */
    @Transactional(readOnly = true)
    public ProcedureRule rule(String title) {
        return jdbc.sql("""
                        SELECT title_code, quorum_share, pass_share, notice_days, basis FROM reward.procedure_rule
                        WHERE title_code = :t""")
                .param("t", title)
                .query(ProcedureRule.class)
                .optional()
                .orElseGet(() -> new ProcedureRule(
                        title, new BigDecimal("0.6666"), new BigDecimal("0.5001"), 10, "Giả định: quá nửa"));
    }

    /**
     * Why a nomination may not go on (TT 15/2025/TT-BNV; NĐ 152/2025 Art. 4): its unit no longer exists
     * (dissolved by a restructuring), or its nominee is under disciplinary review (a PENDING_REVIEW with
     * no measure decided after it). Empty when nothing bars it.
     */
    Optional<String> barred(long id) {
        Optional<String> dissolved = jdbc.sql("""
                        SELECT 'UNIT_DISSOLVED:' || u.code || ':' || u.valid_to
                        FROM reward.nomination n JOIN organization.api_unit u ON u.code = n.unit_code
                        WHERE n.id = :id AND u.valid_to IS NOT NULL AND u.valid_to <= :today""")
                .param("id", id)
                .param("today", today())
                .query(String.class)
                .optional();
        if (dissolved.isPresent()) {
            return dissolved;
        }
        return jdbc.sql("""
                        SELECT 'DISCIPLINARY_REVIEW:' || d.decision_no || ':' || d.decided_on
                        FROM reward.nomination n JOIN reward.discipline d ON d.person_id = n.person_id
                        WHERE n.id = :id AND d.level = 'PENDING_REVIEW'
                          AND NOT EXISTS (SELECT 1 FROM reward.discipline later
                                          WHERE later.person_id = d.person_id AND later.level <> 'PENDING_REVIEW'
                                            AND later.decided_on >= d.decided_on)
                        ORDER BY d.decided_on DESC LIMIT 1""").param("id", id).query(String.class).optional();
    }

    private void holdIfBarred(long id) {
        barred(id)
                .ifPresent(reason ->
                        jdbc.sql("""
                        UPDATE reward.nomination SET held_status = status, status = 'HELD', hold_reason = :r,
                            updated_at = now() WHERE id = :id AND status <> 'HELD'""").param("r", reason).param("id", id).update());
    }

    private void requireOtherEyes(long id) {
        String actor = CurrentUser.actor();
        boolean own = jdbc.sql("""
                        SELECT created_by = :a OR coalesce(appraised_by = :a, false) FROM reward.nomination
                        WHERE id = :id""")
                .param("a", actor)
                .param("id", id)
                .query(Boolean.class)
                .single();
        if (own) {
            throw new BusinessRuleException("status", "reward.nomination.fourEyes", new Object[] {id});
        }
    }

    private static void requireDecisionNo(String field, String value) {
        DecisionNumber.require(field, value, DecisionNumber.DECISION);
    }

    private static void requireStatus(Nomination n, String... allowed) {
        for (String s : allowed) {
            if (s.equals(n.status())) {
                return;
            }
        }
        throw new BusinessRuleException("status", "reward.nomination.status", new Object[] {
            new DefaultMessageSourceResolvable("reward.status." + n.status())
        });
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM reward.nomination WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private void setStatus(long id, String status) {
        jdbc.sql("UPDATE reward.nomination SET status = :s, outcome_reason = NULL, updated_at = now() WHERE id = :id")
                .param("s", status)
                .param("id", id)
                .update();
    }

    private Nomination audited(String action, Nomination before) {
        Nomination after = get(before.id());
        audit.record(action, "reward.nomination", String.valueOf(before.id()), before, after);
        return after;
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
