package vn.noivu.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An authenticated NoiVu user: account, roles and scope. */
public class NoiVuUser extends User {

    private final long id;
    private final String fullName;
    private final UserScope scope;

    public NoiVuUser(
            long id,
            String username,
            String passwordHash,
            String fullName,
            UserScope scope,
            boolean enabled,
            boolean nonLocked,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities);
        this.id = id;
        this.fullName = fullName;
        this.scope = scope;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public UserScope scope() {
        return scope;
    }

    public Set<Role> roles() {
        return getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring(5)))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        Set<Role> roles = roles();
        return roles.contains(role) || roles.contains(Role.ADMIN) || (role == Role.VIEWER && !roles.isEmpty());
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
