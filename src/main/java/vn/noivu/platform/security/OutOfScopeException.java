package vn.noivu.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** A request touched data outside the user's scope; answered with 403. */
public class OutOfScopeException extends AccessDeniedException {

    public OutOfScopeException(String what) {
        super("Out of scope: " + what);
    }
}
