package vn.noivu.platform.users;

import vn.noivu.platform.web.BusinessRuleException;

/** A refused user-administration request; the message key is resolved in the user's language. */
public class UserAdministrationException extends BusinessRuleException {

    public UserAdministrationException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** A refusal about one field of the request (e.g. the password). */
    static UserAdministrationException onField(String field, String messageKey) {
        return new UserAdministrationException(field, messageKey);
    }

    private UserAdministrationException(String field, String messageKey) {
        super(field, messageKey, new Object[0]);
    }
}
