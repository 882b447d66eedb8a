package vn.noivu.platform.security.tokens;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import vn.noivu.platform.security.NoiVuUser;

/**
 * A request authenticated by an API token: the principal is the token's account (so {@code
 * CurrentUser}, roles, scope and the audit's actor are those of the account), with the token's access.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final NoiVuUser account;
    private final String tokenId;
    private final TokenAccess access;

    ApiTokenAuthentication(NoiVuUser account, String tokenId, TokenAccess access) {
        super(account.getAuthorities());
        this.account = account;
        this.tokenId = tokenId;
        this.access = access;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public NoiVuUser getPrincipal() {
        return account;
    }

    public String tokenId() {
        return tokenId;
    }

    public TokenAccess access() {
        return access;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiTokenAuthentication o && o.tokenId.equals(tokenId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return tokenId.hashCode();
    }
}
