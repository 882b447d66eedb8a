package vn.noivu.review;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.review.internal.DraftStore;
import vn.noivu.review.internal.ReviewDocument;
import vn.noivu.review.internal.ReviewEngine;
import vn.noivu.review.internal.ReviewPdf;

/**
 * The review module's facade: the review of a scope and year (live, or the approved version's frozen
 * figures with what has moved since), its document, and its drafts. Delegates to the module's parts.
 */
@Service
public class Reviews {

    private final ReviewEngine engine;
    private final DraftStore drafts;
    private final ReviewDocument document;
    private final ReviewPdf pdf;
    private final AuditLog audit;

    Reviews(ReviewEngine engine, DraftStore drafts, ReviewDocument document, ReviewPdf pdf, AuditLog audit) {
        this.engine = engine;
        this.drafts = drafts;
        this.document = document;
        this.pdf = pdf;
        this.audit = audit;
    }

    /**
     * The review: the approved version's figures when one is approved (with the figures whose live value
     * differs since), else the live figures; the narrative of the latest version. All figures are read
     * in one snapshot of the database (repeatable read), so they agree with each other.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Review review(String scope, Integer year, Integer baselineYear) {
        return review(scope, year, baselineYear, false);
    }

    /**
     * The review, its national ranking re-cast onto today's provinces when {@code recast} (else the
     * provinces of the year: 63 for 2021). An approved version keeps the figures it was approved with.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Review review(String scope, Integer year, Integer baselineYear, boolean recast) {
        ReviewScope s = engine.scope(scope, year, baselineYear, recast);
        List<ReviewDraft> versions = drafts.versions(s.code(), s.year(), s.baselineYear());
        Map<String, String> narrative =
                versions.isEmpty() ? Map.of() : versions.get(0).narrative();
        Review live = engine.compute(s, narrative);
        Optional<ReviewDraft> approved =
                versions.stream().filter(ReviewDraft::approved).findFirst();
        if (approved.isEmpty()) {
            return live;
        }
        ReviewDraft a = approved.get();
        List<Review.Section> frozen = drafts.frozenSections(a.id());
        Map<String, ReviewFigure> liveFigures = new HashMap<>();
        live.figures().forEach(f -> liveFigures.put(f.key(), f));
        List<Review.Difference> differences = new ArrayList<>();
        List<Review.Section> sections = new ArrayList<>();
        for (Review.Section f : frozen) {
            for (ReviewFigure fig : f.figures()) {
                ReviewFigure now = liveFigures.remove(fig.key());
                BigDecimal was = fig.value();
                BigDecimal is = now == null ? null : now.value();
                if (!same(was, is) || (now != null && !same(fig.baseline(), now.baseline()))) {
                    differences.add(new Review.Difference(fig.key(), fig.label(), was, is));
                }
            }
            sections.add(new Review.Section(
                    f.key(),
                    f.title(),
                    f.available(),
                    f.figures(),
                    a.narrative().get(f.key())));
        }
        liveFigures.values().forEach(f -> differences.add(new Review.Difference(f.key(), f.label(), null, f.value())));
        return live.with(
                sections,
                new Review.Approval(
                        a.id(), a.version(), a.approvedBy(), a.approvedAt(), !differences.isEmpty(), differences));
    }

    /** Writes the review as a DOCX laid out under NĐ 30/2020/NĐ-CP, and audits the export. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void document(String scope, Integer year, Integer baselineYear, OutputStream out) throws IOException {
        export("DOCX", document::write, scope, year, baselineYear, out);
    }

    /** Writes the review as a PDF laid out as the DOCX (NĐ 30/2020/NĐ-CP), and audits the export. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void pdf(String scope, Integer year, Integer baselineYear, OutputStream out) throws IOException {
        export("PDF", pdf::write, scope, year, baselineYear, out);
    }

    /** How a file of the review is written: the review, the latest draft's narrative, the output. */
    private interface ReviewWriter {
        void write(Review review, Map<String, String> narrative, OutputStream out) throws IOException;
    }

    /** The review with the latest draft's narrative, written in one format, and the export audited. */
    private void export(
            String format, ReviewWriter writer, String scope, Integer year, Integer baselineYear, OutputStream out)
            throws IOException {
        Review r = review(scope, year, baselineYear);
        List<ReviewDraft> versions = drafts.versions(r.scope(), r.year(), r.baselineYear());
        Map<String, String> text =
                versions.isEmpty() ? Map.of() : versions.get(0).narrative();
        writer.write(r, text, out);
        audit.record(
                "EXPORT",
                "review",
                key(r),
                null,
                null,
                "Xuất " + format + ": báo cáo tổng kết năm " + r.year() + " so với năm " + r.baselineYear());
    }

    /** Saves the narrative as a new version of the review's draft (refused once a version is approved). */
    @Transactional
    public ReviewDraft saveDraft(ReviewDraft.Request request) {
        ReviewScope s = engine.scope(request.scope(), request.year(), request.baselineYear());
        List<ReviewDraft> versions = drafts.versions(s.code(), s.year(), s.baselineYear());
        if (versions.stream().anyMatch(ReviewDraft::approved)) {
            throw new BusinessRuleException("narrative", "review.draft.frozen", new Object[] {s.year()});
        }
        Map<String, String> narrative = new LinkedHashMap<>();
        if (request.narrative() != null) {
            request.narrative().forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    if (k.length() > 40 || v.length() > 20_000) {
                        throw new BusinessRuleException("narrative", "review.draft.tooLong", new Object[] {k});
                    }
                    narrative.put(k, v.strip());
                }
            });
        }
        long id = drafts.insert(s.code(), s.year(), s.baselineYear(), narrative, CurrentUser.actor());
        ReviewDraft saved = drafts.find(id).orElseThrow();
        audit.record("CREATE", "review.draft", String.valueOf(id), null, saved);
        return saved;
    }

    /** The versions of a review's draft, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewDraft> drafts(String scope, Integer year, Integer baselineYear) {
        ReviewScope s = engine.scope(scope, year, baselineYear);
        return drafts.versions(s.code(), s.year(), s.baselineYear());
    }

    /**
     * Approves a version (the latest): four eyes, so not by the one who saved it; its figures are frozen
     * as computed now.
     */
    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public ReviewDraft approve(long id) {
        ReviewDraft d = drafts.find(id).orElseThrow(() -> new NotFoundException("review draft", id));
        ReviewScope s = engine.scope(d.scope(), d.year(), d.baselineYear());
        List<ReviewDraft> versions = drafts.versions(s.code(), s.year(), s.baselineYear());
        if (d.approved() || versions.stream().anyMatch(ReviewDraft::approved)) {
            throw new BusinessRuleException("review.draft.alreadyApproved", d.version());
        }
        if (versions.get(0).id() != id) {
            throw new BusinessRuleException(
                    "review.draft.notLatest", d.version(), versions.get(0).version());
        }
        if (d.createdBy().equals(CurrentUser.actor())) {
            throw new BusinessRuleException("review.draft.fourEyes", d.createdBy());
        }
        Review live = engine.compute(s, d.narrative());
        drafts.approve(id, live.sections(), CurrentUser.actor());
        ReviewDraft after = drafts.find(id).orElseThrow();
        audit.record("APPROVE", "review.draft", String.valueOf(id), d, after);
        return after;
    }

    private static String key(Review r) {
        return (r.scope() == null ? "VN" : r.scope()) + "/" + r.year() + "/" + r.baselineYear();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
