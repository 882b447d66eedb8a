package vn.noivu.platform.users;

import java.time.OffsetDateTime;
import java.util.List;
import vn.noivu.platform.security.Role;

/** A user account as administrators see it (never the password hash). */
public record UserAccount(
        long id,
        String username,
        String fullName,
        String scopeCode,
        boolean enabled,
        OffsetDateTime lockedUntil,
        List<Role> roles) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
    }
}
