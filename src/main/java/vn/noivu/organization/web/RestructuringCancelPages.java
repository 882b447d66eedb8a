package vn.noivu.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.organization.internal.ProblemMessages;
import vn.noivu.organization.internal.RestructuringCancellation;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * The cancel button of a restructuring's page (an approver, with a reason and a ticked confirmation);
 * the outcome or the reason for refusal is shown on the page.
 */
@Controller
@RequestMapping("/organizations/restructurings")
class RestructuringCancelPages {

    private final RestructuringCancellation cancellation;
    private final ProblemMessages messages;

    RestructuringCancelPages(RestructuringCancellation cancellation, ProblemMessages messages) {
        this.cancellation = cancellation;
        this.messages = messages;
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        try {
            if (confirm == null) {
                throw new BusinessRuleException("confirm", "org.cancel.confirmRequired", new Object[0]);
            }
            var remaining = cancellation.cancel(id, reason);
            redirect.addFlashAttribute("notice", "org.cancel.done");
            if (remaining.isPresent() && !remaining.get().isBlank()) {
                // The record's page shows what was cancelled while one of its units still exists.
                return "redirect:/organizations/restructurings/" + id;
            }
            return "redirect:/organizations";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/organizations/restructurings/" + id;
    }
}
