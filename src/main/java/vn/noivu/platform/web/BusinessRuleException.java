package vn.noivu.platform.web;

/**
 * A request that breaks a business rule. The message is a key of {@code messages*.properties},
 * shown in the user's language on pages and as the ProblemDetail {@code detail} in the API (422).
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    /** A rule broken by one field of a form or request; the error is attached to that field. */
    public BusinessRuleException(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }
}
