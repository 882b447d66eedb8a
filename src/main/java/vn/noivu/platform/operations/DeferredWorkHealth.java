package vn.noivu.platform.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code deferredWork} on {@code /actuator/health}: {@code DEGRADED} while deferred steps are pending
 * (searches answer, more slowly, until the indexes after a load are built) or have failed (they need an
 * administrator). Only the overall health shows it: the liveness and readiness probes do not include
 * it, so an orchestrator neither restarts nor unplugs an instance for it.
 */
@Component("deferredWork")
class DeferredWorkHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Deferred work is pending or has failed");

    private final List<DeferredWork> works;

    DeferredWorkHealth(List<DeferredWork> works) {
        this.works = works;
    }

    @Override
    public Health health() {
        boolean degraded = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (DeferredWork work : works) {
            List<DeferredStep> steps = work.steps();
            long failed = steps.stream().filter(DeferredStep::failed).count();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("pending", steps.size() - failed);
            detail.put("failed", failed);
            detail.put(
                    "failures",
                    steps.stream()
                            .filter(DeferredStep::failed)
                            .map(s -> Map.of("step", s.statement(), "error", String.valueOf(s.failure())))
                            .toList());
            details.put(work.name(), detail);
            degraded |= !steps.isEmpty();
        }
        return Health.status(degraded ? DEGRADED : Status.UP)
                .withDetails(details)
                .build();
    }
}
