package vn.noivu.platform.users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;

/** Every user's own account: change password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form() {
        return "platform/password";
    }

    @PostMapping
    String change(
            @RequestParam String current,
            @RequestParam String replacement,
            @RequestParam String confirmation,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        if (!replacement.equals(confirmation)) {
            model.addAttribute("problem", "account.password.mismatch");
            return "platform/password";
        }
        try {
            var session = request.getSession(false);
            accounts.changeOwnPassword(
                    CurrentUser.actor(), current, replacement, session == null ? null : session.getId());
            model.addAttribute("notice", "account.password.changed");
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", e.messageKey());
        }
        return "platform/password";
    }
}
