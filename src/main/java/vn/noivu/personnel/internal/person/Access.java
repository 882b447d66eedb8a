package vn.noivu.personnel.internal.person;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Who may see and change which dossier. A dossier belongs to the scope of the unit that keeps it
 * (the unit of the latest employment): reads outside the user's scope look like absent data (404),
 * writes outside it are refused (403). Sensitive fields are shown to editors and administrators only.
 */
@Component
public class Access {

    private final PersonStore people;
    private final Organizations organizations;

    Access(PersonStore people, Organizations organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    public PersonStore.PersonRow readable(long personId) {
        PersonStore.PersonRow row = people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (!CurrentUser.scope().includes(row.orgPath())) {
            throw new NotFoundException("person", personId);
        }
        return row;
    }

    public PersonStore.PersonRow writable(long personId) {
        PersonStore.PersonRow row = people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (!CurrentUser.scope().includes(row.orgPath())) {
            throw new OutOfScopeException("person");
        }
        return row;
    }

    /** The unit must exist on {@code date} and lie in the user's scope. */
    public void requireUnit(String field, String orgCode, LocalDate date) {
        if (orgCode == null || organizations.find(orgCode, date).isEmpty()) {
            throw new BusinessRuleException(field, "personnel.unknownOrg", new Object[] {orgCode});
        }
        if (!organizations.isWithin(orgCode, CurrentUser.scope())) {
            throw new OutOfScopeException("unit");
        }
    }

    /** Whether the current user may see ID numbers, family, health and assets. */
    public boolean sensitiveVisible() {
        return CurrentUser.get().map(u -> u.hasRole(Role.EDITOR)).orElse(true);
    }

    public UserScope scope() {
        return CurrentUser.scope();
    }
}
