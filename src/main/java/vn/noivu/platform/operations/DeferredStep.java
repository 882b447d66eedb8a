package vn.noivu.platform.operations;

import java.time.OffsetDateTime;
import org.springframework.context.MessageSourceResolvable;

/**
 * One step of {@link DeferredWork}.
 *
 * @param id the step's identifier within its work
 * @param description what the step does, in words (message key and arguments)
 * @param statement the technical form (for the administrator who reads the logs)
 * @param queuedAt when it was queued
 * @param failedAt when its last attempt failed, or null when it has not failed
 * @param failure the error of that attempt, or null
 */
public record DeferredStep(
        long id,
        MessageSourceResolvable description,
        String statement,
        OffsetDateTime queuedAt,
        OffsetDateTime failedAt,
        String failure) {

    public boolean failed() {
        return failedAt != null;
    }
}
