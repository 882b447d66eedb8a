package vn.noivu.platform.operations;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of deferred work: what is pending, what failed and why, and a retry. */
@Controller
@RequestMapping("/admin/operations")
class OperationsController {

    private final DeferredWorks works;
    private final MessageSource messages;

    OperationsController(DeferredWorks works, MessageSource messages) {
        this.works = works;
        this.messages = messages;
    }

    /** A step as the page shows it: its description already in the reader's language. */
    record StepView(long id, String description, String statement, DeferredStep step) {}

    record WorkView(String name, String messageKey, List<StepView> steps) {}

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute(
                "works",
                works.all().stream()
                        .map(w -> new WorkView(
                                w.name(),
                                w.messageKey(),
                                w.steps().stream()
                                        .map(s -> new StepView(
                                                s.id(), messages.getMessage(s.description(), locale), s.statement(), s))
                                        .toList()))
                        .toList());
        return "platform/operations";
    }

    @PostMapping("/{work}/{step}/retry")
    String retry(@PathVariable String work, @PathVariable long step, RedirectAttributes redirect) {
        if (works.retry(work, step)) {
            redirect.addFlashAttribute("notice", "operations.retried");
        } else {
            redirect.addFlashAttribute("problem", "operations.noSuchFailedStep");
        }
        return "redirect:/admin/operations";
    }
}
