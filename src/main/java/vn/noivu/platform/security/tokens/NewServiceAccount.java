package vn.noivu.platform.security.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.noivu.platform.security.Role;

/** A request to create a service account (an integration): roles and scope like any user; blank scope = national. */
public record NewServiceAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 200) String fullName,
        String scopeCode,
        @NotEmpty(message = "{user.roles.required}") List<Role> roles) {}
