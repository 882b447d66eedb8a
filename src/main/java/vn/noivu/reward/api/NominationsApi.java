package vn.noivu.reward.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.reward.CommentLimitException;
import vn.noivu.reward.MinistryOnlyException;
import vn.noivu.reward.Nomination;
import vn.noivu.reward.Rewards;

/**
 * Nominations through their procedure, and their public notice. {@code GET /api/v1/rewards/public} and
 * the comments on it are open without login (Luật TĐKT Art. 84(5): proposed lists are made public) and
 * show only name, unit, title and summary. The decision and the revocation are an approver's. A title
 * or form of the Prime Minister or the President goes up to the Ministry ({@code submission}), whose
 * users of national scope appraise it ({@code ministry-appraisal}), submit it to the Prime Minister
 * ({@code referral}), record the decision and may revoke it; a user of a province gets 403 for these.
 */
@RestController
class NominationsApi {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A scanned dossier document; larger files belong in the document system, not here. */
    static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    private final Rewards rewards;
    private final MessageSource messages;

    NominationsApi(Rewards rewards, MessageSource messages) {
        this.rewards = rewards;
        this.messages = messages;
    }

    @GetMapping("/api/v1/rewards/nominations")
    List<Nomination> nominations(@RequestParam(required = false) Integer year) {
        return rewards.nominations(year);
    }

    @GetMapping("/api/v1/rewards/nominations/{id}")
    Nomination nomination(@PathVariable long id) {
        return rewards.nomination(id);
    }

    @PostMapping("/api/v1/rewards/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    Nomination nominate(@RequestBody Nomination.Request request) {
        return rewards.nominate(request);
    }

    /** A document of the dossier: {@code kind} PROPOSAL, ACHIEVEMENT_REPORT, REVIEW_MINUTES or OTHER. */
    @PostMapping("/api/v1/rewards/nominations/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    Nomination.Attachment attach(
            @PathVariable long id, @RequestParam("file") MultipartFile file, @RequestParam("kind") String kind) {
        if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            throw new BusinessRuleException("file", "reward.nomination.fileTooLarge", new Object[] {20});
        }
        try {
            return rewards.attach(id, kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded dossier document", e);
        }
    }

    @GetMapping("/api/v1/rewards/nominations/{id}/attachments")
    List<Nomination.Attachment> attachments(@PathVariable long id) {
        return rewards.attachments(id);
    }

    @GetMapping("/api/v1/rewards/nominations/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Nomination.Attachment a = rewards.attachments(id).stream()
                .filter(x -> x.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> new vn.noivu.platform.web.NotFoundException("attachment", attachmentId));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(rewards.attachmentContent(id, attachmentId));
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/review")
    Nomination review(@PathVariable long id) {
        return rewards.sendToCouncil(id);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/vote")
    Nomination vote(@PathVariable long id, @RequestBody Nomination.Vote vote) {
        return rewards.recordVote(id, vote);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/notice")
    Nomination notice(@PathVariable long id, @RequestBody Nomination.Notice notice) {
        return rewards.putOnNotice(id, notice);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/appraisal")
    Nomination appraise(@PathVariable long id, @RequestBody Nomination.Appraisal appraisal) {
        return rewards.appraise(id, appraisal);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/submission")
    Nomination submit(@PathVariable long id, @RequestBody Nomination.Submission submission) {
        return rewards.submit(id, submission);
    }

    /** The Ministry's appraisal (Ban Thi đua - Khen thưởng Trung ương); a user of a province gets 403. */
    @PostMapping("/api/v1/rewards/nominations/{id}/ministry-appraisal")
    Nomination appraiseAtMinistry(@PathVariable long id, @RequestBody Nomination.Appraisal appraisal) {
        return rewards.appraiseAtMinistry(id, appraisal);
    }

    /** The Ministry's proposal to the Prime Minister ({@code 120/TTr-BNV}); a user of a province gets 403. */
    @PostMapping("/api/v1/rewards/nominations/{id}/referral")
    Nomination refer(@PathVariable long id, @RequestBody Nomination.Submission referral) {
        return rewards.referToPrimeMinister(id, referral);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/decision")
    Nomination decide(@PathVariable long id, @RequestBody Nomination.Decision decision) {
        return rewards.decide(id, decision);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/revocation")
    Nomination revoke(@PathVariable long id, @RequestBody Nomination.Revocation revocation) {
        return rewards.revoke(id, revocation);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/release")
    Nomination release(@PathVariable long id) {
        return rewards.release(id);
    }

    @GetMapping("/api/v1/rewards/nominations/{id}/comments")
    List<Nomination.StoredComment> comments(@PathVariable long id) {
        return rewards.comments(id);
    }

    @GetMapping("/api/v1/rewards/public")
    List<Nomination.PublicEntry> publicNotice() {
        return rewards.publicNotice(LocalDate.now(VIETNAM));
    }

    /** A comment of the public on a nominee in notice today: open without login, limited per address. */
    @PostMapping("/api/v1/rewards/public/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Nomination.StoredComment comment(
            @PathVariable long id, @RequestBody Nomination.Comment comment, HttpServletRequest request) {
        return rewards.comment(id, comment, request.getRemoteAddr(), LocalDate.now(VIETNAM));
    }

    /** A Ministry step asked by a province: 403 with the reason, in the caller's language. */
    @ExceptionHandler(MinistryOnlyException.class)
    ProblemDetail ministryOnly(MinistryOnlyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage(
                "reward.ministryOnly.title", null, "Ministry only", LocaleContextHolder.getLocale()));
        return problem;
    }

    @ExceptionHandler(CommentLimitException.class)
    ResponseEntity<ProblemDetail> tooManyComments(CommentLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "600")
                .body(problem);
    }
}
