package vn.noivu.platform.imports;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;

/** {@code GET /api/v1/imports?module=staffing}: the latest imports of a module (all when omitted), in the caller's scope. */
@RestController
class ImportHistoryApi {

    private final ImportHistory history;

    ImportHistoryApi(ImportHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/imports")
    List<ImportHistory.Entry> recent(
            @RequestParam(required = false) String module, @RequestParam(defaultValue = "200") int limit) {
        return history.recent(module, CurrentUser.scope(), limit);
    }
}
