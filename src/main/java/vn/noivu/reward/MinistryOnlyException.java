package vn.noivu.reward;

import org.springframework.security.access.AccessDeniedException;

/**
 * A step that belongs to the Ministry of Home Affairs (appraising, submitting to the Prime Minister,
 * recording the decision on, or revoking a title of the Prime Minister or the President) asked by a user
 * who is not of national scope: answered with 403 and the reason in the reader's language.
 */
public class MinistryOnlyException extends AccessDeniedException {

    private final String messageKey;
    private final transient Object[] args;

    public MinistryOnlyException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
