package vn.noivu.platform.security.tokens;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.UserAccounts;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * The administrator's page of API tokens ({@code /admin/tokens}): tokens of the accounts in scope, a
 * form to issue one (its secret is shown once, on the page that follows), revoke, and service accounts.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenPages {

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    ApiTokenPages(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("accesses")
    TokenAccess[] accesses() {
        return TokenAccess.values();
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("newToken")) {
            model.addAttribute("newToken", emptyToken());
        }
        if (!model.containsAttribute("newServiceAccount")) {
            model.addAttribute("newServiceAccount", emptyServiceAccount());
        }
        return page(model);
    }

    @PostMapping
    String issue(@Valid @ModelAttribute("newToken") NewApiToken newToken, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                // Shown on this answer rather than after a redirect, so that the secret never rests in
                // the session store (flash attributes are kept in PostgreSQL).
                model.addAttribute("issued", tokens.issue(newToken));
                model.addAttribute("newToken", emptyToken());
                model.addAttribute("newServiceAccount", emptyServiceAccount());
                return page(model);
            } catch (BusinessRuleException e) {
                errors.rejectValue(e.field() == null ? "name" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("newServiceAccount", emptyServiceAccount());
        return page(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/admin/tokens";
    }

    @PostMapping("/service-accounts")
    String createServiceAccount(
            @Valid @ModelAttribute("newServiceAccount") NewServiceAccount newServiceAccount,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                tokens.createServiceAccount(newServiceAccount);
                redirect.addFlashAttribute("notice", "token.serviceAccount.created");
                return "redirect:/admin/tokens";
            } catch (BusinessRuleException e) {
                errors.rejectValue("username", e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("newToken", emptyToken());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.list(CurrentUser.scope()));
        model.addAttribute("accounts", accounts.list(CurrentUser.scope()));
        model.addAttribute("serviceAccounts", tokens.serviceAccounts(CurrentUser.scope()));
        return "platform/tokens";
    }

    private static NewApiToken emptyToken() {
        return new NewApiToken(
                "", "", TokenAccess.READ, LocalDate.now(ApiTokens.VIETNAM).plusDays(90));
    }

    private static NewServiceAccount emptyServiceAccount() {
        return new NewServiceAccount("", "", "", List.of(Role.VIEWER));
    }
}
