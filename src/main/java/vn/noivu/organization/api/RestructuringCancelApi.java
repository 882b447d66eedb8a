package vn.noivu.organization.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.organization.internal.RestructuringCancellation;

/** An approver cancels a recorded restructuring: {@code POST …/restructurings/{id}/cancel {"reason": "…"}}. */
@RestController
@RequestMapping("/api/v1/organizations/restructurings")
class RestructuringCancelApi {

    private final RestructuringCancellation cancellation;

    RestructuringCancelApi(RestructuringCancellation cancellation) {
        this.cancellation = cancellation;
    }

    record CancelRequest(String reason) {}

    @PostMapping("/{id}/cancel")
    RestructuringCancellation.Status cancel(
            @PathVariable long id, @RequestBody(required = false) CancelRequest request) {
        cancellation.cancel(id, request == null ? null : request.reason());
        return cancellation.status(id);
    }
}
