package vn.noivu.platform.security.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An API token as administrators see it: never its secret or hash.
 *
 * @param tokenId the public part of the token ({@code nv_<tokenId>_…}), safe to show and log
 * @param account the account the token acts as
 * @param service whether that account is a service account (a service token) or a person's (personal)
 */
public record ApiToken(
        long id,
        String tokenId,
        String name,
        String account,
        boolean service,
        TokenAccess access,
        OffsetDateTime expiresAt,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        String revokedBy) {

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @JsonProperty("kind")
    public String kind() {
        return service ? "SERVICE" : "PERSONAL";
    }

    @JsonProperty("status")
    public Status status() {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(OffsetDateTime.now()) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** The first day (in Vietnam) the token no longer works, as it was asked for. */
    @JsonProperty("expiresOn")
    public LocalDate expiresOn() {
        return expiresAt.atZoneSameInstant(ApiTokens.VIETNAM).toLocalDate();
    }
}
