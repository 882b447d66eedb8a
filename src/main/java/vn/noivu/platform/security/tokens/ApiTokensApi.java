package vn.noivu.platform.security.tokens;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.users.UserAccount;

/** API tokens and service accounts for administrators, within their scope. */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokensApi {

    private final ApiTokens tokens;

    ApiTokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    List<ApiToken> list() {
        return tokens.list(CurrentUser.scope());
    }

    /** The answer holds the token's secret, shown this once. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiToken issue(@Valid @RequestBody NewApiToken request) {
        return tokens.issue(request);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    @GetMapping("/service-accounts")
    List<String> serviceAccounts() {
        return tokens.serviceAccounts(CurrentUser.scope());
    }

    @PostMapping("/service-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount createServiceAccount(@Valid @RequestBody NewServiceAccount request) {
        return tokens.createServiceAccount(request);
    }
}
