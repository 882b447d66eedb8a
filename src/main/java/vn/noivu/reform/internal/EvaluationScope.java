package vn.noivu.reform.internal;

import org.springframework.stereotype.Component;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.UserScope;
import vn.noivu.reform.EvaluatedSet;

/**
 * Who may do what in the reform index: the Ministry (national users) owns and evaluates the provinces'
 * and ministries' index; a province owns and evaluates its departments' and communes'; a unit enters
 * only its own self-assessment (a province's users enter it for their departments and communes). The
 * provinces' and ministries' rankings are published figures any signed-in user may read; a province's
 * internal rankings are read by the province's users (scope = the province) and by the Ministry.
 */
@Component
public class EvaluationScope {

    public boolean mayRead(EvaluatedSet set, String owner) {
        UserScope scope = CurrentUser.scope();
        return !set.ownedByProvince() || scope.isNational() || owner.equals(scope.code());
    }

    public boolean mayEvaluate(EvaluatedSet set, String owner) {
        UserScope scope = CurrentUser.scope();
        return set.ownedByProvince() ? owner.equals(scope.code()) : scope.isNational();
    }

    public boolean mayAssess(EvaluatedSet set, String owner, String unitCode) {
        UserScope scope = CurrentUser.scope();
        return unitCode.equals(scope.code()) || (set.ownedByProvince() && owner.equals(scope.code()));
    }

    /**
     * The owner of a set's method named by a request's {@code scope}: a province code for DEPARTMENTS
     * and COMMUNES (by default the user's own province), "" for the Ministry's sets.
     */
    public String owner(EvaluatedSet set, String requested) {
        if (!set.ownedByProvince()) {
            return "";
        }
        String owner =
                requested == null || requested.isBlank() ? CurrentUser.scope().code() : requested.trim();
        if (owner == null) {
            throw new vn.noivu.platform.web.BusinessRuleException(
                    "scope", "reform.scope.required", new Object[] {set.name()});
        }
        return owner;
    }

    public static EvaluatedSet set(String value) {
        return EvaluatedSet.of(value)
                .orElseThrow(() -> new vn.noivu.platform.web.BusinessRuleException(
                        "set", "reform.set.unknown", new Object[] {String.valueOf(value)}));
    }

    public void checkRead(EvaluatedSet set, String owner) {
        if (!mayRead(set, owner)) {
            throw new OutOfScopeException(owner);
        }
    }

    public void checkEvaluate(EvaluatedSet set, String owner) {
        if (!mayEvaluate(set, owner)) {
            throw new OutOfScopeException(set.ownedByProvince() ? owner : set.name());
        }
    }
}
