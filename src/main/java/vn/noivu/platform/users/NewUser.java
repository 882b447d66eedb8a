package vn.noivu.platform.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.noivu.platform.security.Role;

/** A request to create a user: scope blank = national. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 200) String fullName,

        @NotBlank @Size(min = 10, max = 64, message = "{user.password.size}")
        String password,

        String scopeCode,
        @NotEmpty(message = "{user.roles.required}") List<Role> roles) {}
