package vn.noivu.reward.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NavigationItem;
import vn.noivu.reward.CommentLimitException;
import vn.noivu.reward.MinistryOnlyException;
import vn.noivu.reward.Nomination;
import vn.noivu.reward.Rewards;

/**
 * The nominations' pages: the list with a form to propose, and one nomination with its dossier, the
 * council's ballot, the notice, the appraisal, the decision and the public's comments. Each step is a
 * small form that posts and comes back to the nomination; a refused step shows its reason.
 */
@Controller
class NominationPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    /** The statuses a nomination passes through, in the order of the procedure, for the list's filter. */
    static final List<String> STATUSES = List.of(
            "PROPOSED",
            "IN_REVIEW",
            "VOTED",
            "IN_NOTICE",
            "APPRAISED",
            "SUBMITTED",
            "MINISTRY_APPRAISED",
            "REFERRED",
            "HELD",
            "APPROVED",
            "DOWNGRADED",
            "RETURNED",
            "REJECTED",
            "REVOKED");

    static final List<String> AWAITING_MINISTRY = List.of("SUBMITTED", "MINISTRY_APPRAISED");

    private final Rewards rewards;
    private final MessageSource messages;
    private final RewardTitleNames titleNames;
    private final TableExports exports;

    NominationPages(Rewards rewards, MessageSource messages, RewardTitleNames titleNames, TableExports exports) {
        this.rewards = rewards;
        this.messages = messages;
        this.titleNames = titleNames;
        this.exports = exports;
    }

    @Bean
    static NavigationItem rewardNavigationItem() {
        return new NavigationItem("nav.rewards", "/rewards/nominations", 600, null);
    }

    @GetMapping("/rewards/nominations")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) List<String> status,
            Model model) {
        List<Nomination> list = filtered(year, status);
        model.addAttribute("nominations", list);
        model.addAttribute("unitNames", unitNames(list));
        model.addAttribute("titles", titleNames.names());
        model.addAttribute("year", year);
        model.addAttribute("status", status == null ? List.of() : status);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("awaitingMinistry", AWAITING_MINISTRY);
        return "reward/nominations";
    }

    /** The list as the page shows it (same filters), to XLSX or CSV. */
    @GetMapping(value = "/rewards/nominations", params = "format")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) List<String> status,
            @RequestParam String format) {
        var names = titleNames.names();
        List<Nomination> list = filtered(year, status);
        Map<String, String> units = unitNames(list);
        ReportTable.Builder t = ReportTable.builder(msg("reward.nominations.title"))
                .sheet(msg("reward.nominations.title"))
                .scope(
                        CurrentUser.scope().isNational()
                                ? msg("export.national")
                                : CurrentUser.scope().code())
                .period(year == null ? "" : String.valueOf(year))
                .source(msg("reward.nominations.source"))
                .column(Column.text(msg("reward.public.name"), 30))
                .column(Column.text(msg("reward.public.unit"), 30))
                .column(Column.text(msg("reward.public.proposed"), 34))
                .column(Column.integer(msg("reward.col.year")))
                .column(Column.text(msg("reward.col.status"), 24))
                .column(Column.text(msg("reward.col.decision"), 16))
                .column(Column.date(msg("reward.col.decisionDate")));
        for (Nomination n : list) {
            t.row(
                    n.nomineeName(),
                    n.unitCode() == null ? "" : units.get(n.unitCode()),
                    names.getOrDefault(n.title(), n.title()),
                    n.year(),
                    msg("reward.status." + n.status()),
                    n.decisionNo(),
                    n.decisionDate());
        }
        return exports.download(format, "de-nghi-khen-thuong", "reward.nomination", t.build());
    }

    /**
     * The nominations of the user's scope in {@code year}, in one of {@code statuses} if any are given —
     * "awaiting the Ministry" being the national path's {@code SUBMITTED} and {@code MINISTRY_APPRAISED}.
     */
    private List<Nomination> filtered(Integer year, List<String> statuses) {
        return rewards.nominations(year).stream()
                .filter(n -> statuses == null || statuses.isEmpty() || statuses.contains(n.status()))
                .toList();
    }

    /** The name of each unit the nominations name, looked up once per unit. */
    private Map<String, String> unitNames(List<Nomination> list) {
        Map<String, String> names = new HashMap<>();
        for (Nomination n : list) {
            if (n.unitCode() != null) {
                names.computeIfAbsent(n.unitCode(), rewards::unitName);
            }
        }
        return names;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @PostMapping("/rewards/nominations")
    String create(
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String orgCode,
            @RequestParam(required = false) String nomineeName,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String summary) {
        Nomination n = rewards.nominate(new Nomination.Request(
                personId, orgCode == null || orgCode.isBlank() ? null : orgCode, nomineeName, title, year, summary));
        return "redirect:/rewards/nominations/" + n.id();
    }

    @GetMapping("/rewards/nominations/{id}")
    String nomination(@PathVariable long id, Model model) {
        Nomination n = rewards.nomination(id);
        model.addAttribute("n", n);
        model.addAttribute("unitName", rewards.unitName(n.unitCode()));
        var entry = rewards.catalogue().stream()
                .filter(e -> e.code().equals(n.title()))
                .reduce((older, newer) -> newer);
        model.addAttribute(
                "stateHonour",
                entry.map(vn.noivu.reward.CatalogueEntry::isDecidedNationally).orElse(false));
        model.addAttribute(
                "decisionLevel",
                entry.map(vn.noivu.reward.CatalogueEntry::decisionLevel).orElse(null));
        model.addAttribute(
                "article", entry.map(vn.noivu.reward.CatalogueEntry::article).orElse(null));
        model.addAttribute(
                "bonusBasis",
                entry.map(vn.noivu.reward.CatalogueEntry::bonusBasis).orElse(null));
        model.addAttribute("procedureBasis", rewards.procedureBasis(n.title()));
        // The Ministry's steps are offered to its users only; a province sees that the Ministry holds it.
        model.addAttribute(
                "national", vn.noivu.platform.security.CurrentUser.scope().isNational());
        model.addAttribute("attachments", rewards.attachments(id));
        model.addAttribute("comments", rewards.comments(id));
        return "reward/nomination";
    }

    @PostMapping("/rewards/nominations/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind) {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("file", "reward.nomination.fileEmpty", new Object[0]);
        }
        if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            throw new BusinessRuleException("file", "reward.nomination.fileTooLarge", new Object[] {20});
        }
        try {
            rewards.attach(id, kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded dossier document", e);
        }
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/review")
    String review(@PathVariable long id) {
        rewards.sendToCouncil(id);
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/vote")
    String vote(
            @PathVariable long id,
            @RequestParam(required = false) Integer members,
            @RequestParam(required = false) Integer present,
            @RequestParam(required = false) Integer votesFor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate votedOn) {
        rewards.recordVote(id, new Nomination.Vote(members, present, votesFor, votedOn));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/notice")
    String notice(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer days) {
        rewards.putOnNotice(id, new Nomination.Notice(from, days));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/appraisal")
    String appraise(
            @PathVariable long id,
            @RequestParam(required = false) Boolean agreed,
            @RequestParam(required = false) String opinion) {
        rewards.appraise(id, new Nomination.Appraisal(agreed, opinion));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/submission")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) String proposalNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedOn) {
        rewards.submit(id, new Nomination.Submission(proposalNo, proposedOn));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/ministry-appraisal")
    String appraiseAtMinistry(
            @PathVariable long id,
            @RequestParam(required = false) Boolean agreed,
            @RequestParam(required = false) String opinion) {
        rewards.appraiseAtMinistry(id, new Nomination.Appraisal(agreed, opinion));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/referral")
    String refer(
            @PathVariable long id,
            @RequestParam(required = false) String proposalNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedOn) {
        rewards.referToPrimeMinister(id, new Nomination.Submission(proposalNo, proposedOn));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String awardedTitle,
            @RequestParam(required = false) String decisionNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String signer,
            @RequestParam(required = false) String reason) {
        rewards.decide(id, new Nomination.Decision(outcome, awardedTitle, decisionNo, decisionDate, signer, reason));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/revocation")
    String revoke(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String decisionNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        rewards.revoke(id, new Nomination.Revocation(reason, decisionNo, decisionDate));
        return back(id);
    }

    @PostMapping("/rewards/nominations/{id}/release")
    String release(@PathVariable long id) {
        rewards.release(id);
        return back(id);
    }

    /** The public's comment form on the public notice page: open without login, limited per address. */
    @PostMapping("/public/rewards/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String body,
            HttpServletRequest request) {
        rewards.comment(id, new Nomination.Comment(author, body), request.getRemoteAddr(), LocalDate.now(VIETNAM));
        return "redirect:/public/rewards?sent=" + id;
    }

    /** A Ministry step asked by a province: the 403 page with the reason. */
    @ExceptionHandler(MinistryOnlyException.class)
    ModelAndView ministryOnly(MinistryOnlyException e) {
        ModelAndView view = new ModelAndView("error/422");
        view.addObject(
                "message",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        view.setStatus(org.springframework.http.HttpStatus.FORBIDDEN);
        return view;
    }

    @ExceptionHandler(CommentLimitException.class)
    ModelAndView tooManyComments(CommentLimitException e) {
        ModelAndView view = new ModelAndView("error/422");
        view.addObject(
                "message", messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale()));
        view.setStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS);
        return view;
    }

    private static String back(long id) {
        return "redirect:/rewards/nominations/" + id;
    }
}
