package vn.noivu.platform.security.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request to issue a token.
 *
 * @param account username of the account the token acts as (a person's or a service account)
 * @param expiresOn the first day the token no longer works; required, at most a year ahead
 */
public record NewApiToken(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 64) String account,
        @NotNull TokenAccess access,
        @NotNull LocalDate expiresOn) {}
