package vn.noivu.platform.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.noivu.platform.audit.AuditLog;

/** Every module's deferred work, and the administrator's retry of a failed step (audited). */
@Service
class DeferredWorks {

    private final List<DeferredWork> works;
    private final AuditLog audit;

    DeferredWorks(List<DeferredWork> works, AuditLog audit) {
        this.works = works;
        this.audit = audit;
    }

    List<DeferredWork> all() {
        return works;
    }

    /**
     * Queues a failed step again and starts the work once that has committed.
     *
     * @return false when the work has no such failed step (already retried, or done)
     */
    @Transactional
    boolean retry(String workName, long stepId) {
        Optional<DeferredWork> work =
                works.stream().filter(w -> w.name().equals(workName)).findFirst();
        if (work.isEmpty()) {
            return false;
        }
        Optional<DeferredStep> step =
                work.get().steps().stream().filter(s -> s.id() == stepId).findFirst();
        if (step.isEmpty() || !step.get().failed() || !work.get().requeue(stepId)) {
            return false;
        }
        audit.record(
                "RETRY",
                "deferred_step",
                workName + "/" + stepId,
                Map.of(
                        "statement",
                        step.get().statement(),
                        "failure",
                        String.valueOf(step.get().failure())),
                Map.of("statement", step.get().statement(), "queued", true));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.get().resume();
            }
        });
        return true;
    }
}
