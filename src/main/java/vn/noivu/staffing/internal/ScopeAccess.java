package vn.noivu.staffing.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.staffing.StaffingScope;

/**
 * Turns a requested scope code (a province code such as {@code 01}, or an organisation code) into a
 * scope path, within what the current user may see: no code means the user's own scope (the whole
 * country for national users); a scope outside the user's looks like an unknown one (404).
 */
@Component
public class ScopeAccess {

    private final Scopes scopes;
    private final OrgDirectory directory;
    private volatile Map<String, StaffingScope> provinces;
    private volatile long provincesReadAt;

    /**
     * Province codes as scopes (the subtree of the province's People's Committee, the one in force, else
     * the last one, as user scopes resolve), re-read at most once a minute: resolving them is a scan.
     */
    @org.springframework.context.event.EventListener
    public void restructured(vn.noivu.organization.OrganizationsRestructured event) {
        provinces = null;
    }

    private Map<String, StaffingScope> provinces() {
        Map<String, StaffingScope> p = provinces;
        if (p == null || System.nanoTime() - provincesReadAt > 60_000_000_000L) {
            Map<String, StaffingScope> read = new HashMap<>();
            for (UnitLife u : directory.provincialCommittees()) {
                read.putIfAbsent(u.provinceCode(), new StaffingScope(u.provinceCode(), u.path(), u.name()));
            }
            provinces = p = read;
            provincesReadAt = System.nanoTime();
        }
        return p;
    }

    ScopeAccess(Scopes scopes, OrgDirectory directory) {
        this.scopes = scopes;
        this.directory = directory;
    }

    /** A scope the current user may read; 404 when unknown or outside the user's scope. */
    public StaffingScope readable(String code) {
        UserScope user = CurrentUser.scope();
        if (code == null || code.isBlank()) {
            return of(user);
        }
        StaffingScope asked = named(code.trim());
        if (asked == null || !user.includes(asked.path())) {
            throw new NotFoundException("scope", code);
        }
        return asked;
    }

    /** The scope a code names with its root unit's name (one or two look-ups); null when none. */
    private StaffingScope named(String code) {
        var unit = directory.find(code.toUpperCase(java.util.Locale.ROOT));
        if (unit.isPresent()) {
            return new StaffingScope(
                    unit.get().code(), unit.get().path(), unit.get().name());
        }
        // A province code: its People's Committee, as the organisation's scope resolver finds it (a
        // scan of the units, about 10 ms on a national tree), from the cached list; codes not in it are
        // resolved as before.
        StaffingScope province = provinces().get(code);
        if (province != null) {
            return province;
        }
        UserScope asked = scopes.resolve(code);
        if (asked.isNational()) {
            return null;
        }
        return directory
                .rootOf(asked.path())
                .map(root -> new StaffingScope(asked.code(), asked.path(), root.name()))
                .orElse(null);
    }

    /** A scope the current user may change; 403 when outside the user's scope, 404 when unknown. */
    public StaffingScope writable(String code) {
        UserScope user = CurrentUser.scope();
        if (code == null || code.isBlank()) {
            if (!user.isNational()) {
                throw new OutOfScopeException("national scope");
            }
            return of(user);
        }
        UserScope asked = resolve(code.trim());
        if (asked == null) {
            throw new NotFoundException("scope", code);
        }
        if (!user.includes(asked.path())) {
            throw new OutOfScopeException("scope " + code);
        }
        return of(asked);
    }

    /**
     * The scope a code names, regardless of the user; null when no unit lies under it. An organisation
     * code names that unit's own subtree (the Ministry of Home Affairs is a ministry here, not the
     * whole country as for its users); other codes (a province code) are resolved as user scopes are.
     */
    public UserScope resolve(String code) {
        var unit = directory.find(code.toUpperCase(java.util.Locale.ROOT));
        if (unit.isPresent()) {
            return new UserScope(unit.get().code(), unit.get().path());
        }
        StaffingScope named = named(code);
        return named == null ? null : new UserScope(named.code(), named.path());
    }

    private StaffingScope of(UserScope scope) {
        if (scope.isNational()) {
            return new StaffingScope(null, "/", null);
        }
        String name = directory.rootOf(scope.path()).map(UnitLife::name).orElse(scope.code());
        return new StaffingScope(scope.code(), scope.path(), name);
    }
}
