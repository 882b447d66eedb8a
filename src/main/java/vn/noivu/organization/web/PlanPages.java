package vn.noivu.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.LegalBasis;
import vn.noivu.organization.internal.OrgImports;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.organization.internal.ProblemMessages;
import vn.noivu.organization.internal.Restructurings;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.BusinessRuleException;

/** Restructuring plans (đề án sắp xếp): list, propose from a file, preview, approve or reject. */
@Controller
@RequestMapping("/organizations/plans")
class PlanPages {

    private final Restructurings restructurings;
    private final OrgImports imports;
    private final OrgQueries queries;
    private final ProblemMessages messages;
    private final vn.noivu.platform.imports.Uploads uploads;

    PlanPages(
            Restructurings restructurings,
            OrgImports imports,
            OrgQueries queries,
            ProblemMessages messages,
            vn.noivu.platform.imports.Uploads uploads) {
        this.uploads = uploads;
        this.restructurings = restructurings;
        this.imports = imports;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    String plans(Model model) {
        model.addAttribute("plans", restructurings.plans());
        return "organization/plans";
    }

    @PostMapping
    String propose(
            @RequestParam String title,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String note,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model)
            throws IOException {
        try {
            long id = uploads.importFile(
                    file,
                    OrgImports.limits(uploads, "restructurings"),
                    table -> imports.proposePlan(
                            title,
                            new LegalBasis(blankToNull(legalBasis), decisionDate, blankToNull(issuer)),
                            blankToNull(note),
                            table));
            if (htmx != null) {
                response.setHeader("HX-Redirect", "/organizations/plans/" + id);
                return "organization/plans :: proposed";
            }
            return "redirect:/organizations/plans/" + id;
        } catch (ImportRefusedException e) {
            response.setStatus(e.status());
            model.addAttribute("result", e.result());
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("problem", messages.text(e.messageKey(), e.args()));
        }
        model.addAttribute("plans", restructurings.plans());
        return htmx != null ? "organization/plans :: proposeResult" : "organization/plans";
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, Model model) {
        Restructurings.Plan plan = restructurings.plan(id);
        List<ChangeStatistics.Record> changes = restructurings.planChanges(id);
        Set<String> codes = new HashSet<>();
        changes.forEach(c -> {
            codes.addAll(c.predecessors());
            codes.addAll(c.successors());
        });
        model.addAttribute("plan", plan);
        model.addAttribute("changes", changes);
        java.util.Map<String, String> names = new java.util.HashMap<>(queries.names(codes));
        boolean own = plan.proposedBy().equals(CurrentUser.actor());
        model.addAttribute("ownProposal", own);
        model.addAttribute(
                "canApprove",
                !own && CurrentUser.get().map(u -> u.hasRole(Role.APPROVER)).orElse(false));
        if ("PROPOSED".equals(plan.status())) {
            Restructurings.Preview preview = restructurings.preview(id);
            model.addAttribute("preview", preview);
            // Units the plan establishes exist only in the preview: their names come from it.
            preview.tree()
                    .forEach(row ->
                            names.putIfAbsent(row.view().code(), row.view().name()));
            // How many changes of each kind, in the order the kinds are listed everywhere.
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (var kind : vn.noivu.organization.internal.RestructuringKind.values()) {
                int n = (int) preview.differences().stream()
                        .filter(d -> d.kind().equals(kind.name()))
                        .count();
                if (n > 0) {
                    counts.put(kind.name(), n);
                }
            }
            model.addAttribute("differenceCounts", counts);
        }
        model.addAttribute("names", names);
        return "organization/plan";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        try {
            restructurings.approve(id);
            redirect.addFlashAttribute("notice", "org.plan.approved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/organizations/plans/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        restructurings.reject(id);
        redirect.addFlashAttribute("notice", "org.plan.rejected");
        return "redirect:/organizations/plans/" + id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
