package vn.noivu.platform.users;

import vn.noivu.platform.web.BusinessRuleException;

/** A refused user-administration request; the message key is resolved in the user's language. */
public class UserAdministrationException extends BusinessRuleException {

    public UserAdministrationException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
