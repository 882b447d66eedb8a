package vn.noivu.platform.operations;

import java.util.List;

/**
 * Background work a module queues durably and runs after the request that caused it (personnel's
 * steps after a large load). Modules contribute it as a bean; the platform reports it on the health
 * endpoint and lists it to administrators, who may retry a failed step.
 */
public interface DeferredWork {

    /** Stable identifier, used in URLs, the audit log and the health details. */
    String name();

    /** Label key of the work in {@code messages*.properties}. */
    String messageKey();

    /** The steps still to do, in the order they run; a failed step stays here with its error. */
    List<DeferredStep> steps();

    /**
     * Queues a failed step to be tried again, in the caller's transaction.
     *
     * @return false when no failed step has this id
     */
    boolean requeue(long stepId);

    /** Runs the queued steps in the background (after a requeue has committed). */
    void resume();
}
