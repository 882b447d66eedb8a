package vn.noivu.platform.users;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.BusinessRuleException;

/** Admin pages: the users of the administrator's scope; create, disable, re-enable, assign, reset. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list(CurrentUser.scope()));
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUser("", "", "", "", List.of(Role.VIEWER)));
        }
        return "platform/users";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newUser") NewUser newUser,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(newUser);
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/admin/users";
            } catch (BusinessRuleException e) {
                errors.rejectValue(
                        e.field() == null ? "username" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("users", accounts.list(CurrentUser.scope()));
        return "platform/users";
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(username, enabled);
        redirect.addFlashAttribute("notice", enabled ? "user.enabled" : "user.disabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/assignment")
    String assign(
            @PathVariable String username,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            @RequestParam(required = false) String scopeCode,
            RedirectAttributes redirect) {
        try {
            accounts.assign(username, roles, scopeCode);
            redirect.addFlashAttribute("notice", "user.assigned");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/password-reset")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        redirect.addFlashAttribute("resetUser", username);
        redirect.addFlashAttribute("resetPassword", accounts.resetPassword(username));
        return "redirect:/admin/users";
    }
}
