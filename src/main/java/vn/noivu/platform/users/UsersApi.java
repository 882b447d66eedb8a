package vn.noivu.platform.users;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.web.NotFoundException;

/** The caller's identity ({@code /api/v1/me}) and user administration for ADMINs ({@code /api/v1/users}). */
@RestController
@RequestMapping("/api/v1")
class UsersApi {

    private final UserAccounts accounts;

    UsersApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record Me(String username, String fullName, List<Role> roles, String scope, String scopePath) {}

    @GetMapping("/me")
    Me me() {
        NoiVuUser user = CurrentUser.get().orElseThrow();
        return new Me(
                user.getUsername(),
                user.fullName(),
                user.roles().stream().sorted().toList(),
                user.scope().isNational() ? "national" : user.scope().code(),
                user.scope().path());
    }

    @GetMapping("/users")
    List<UserAccount> list() {
        return accounts.list(CurrentUser.scope());
    }

    @GetMapping("/users/{username}")
    UserAccount get(@PathVariable String username) {
        return accounts.find(username, CurrentUser.scope()).orElseThrow(() -> new NotFoundException("user", username));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@Valid @RequestBody NewUser user) {
        return accounts.create(user);
    }

    record Assignment(List<Role> roles, String scopeCode) {}

    @PutMapping("/users/{username}/assignment")
    UserAccount assign(@PathVariable String username, @RequestBody Assignment assignment) {
        return accounts.assign(username, assignment.roles(), assignment.scopeCode());
    }

    @PostMapping("/users/{username}/disable")
    UserAccount disable(@PathVariable String username) {
        return accounts.setEnabled(username, false);
    }

    @PostMapping("/users/{username}/enable")
    UserAccount enable(@PathVariable String username) {
        return accounts.setEnabled(username, true);
    }

    @PostMapping("/users/{username}/password-reset")
    Map<String, String> resetPassword(@PathVariable String username) {
        return Map.of("username", username, "temporaryPassword", accounts.resetPassword(username));
    }
}
