package vn.noivu.platform.audit;

import java.time.LocalDate;

/** What to look for in the audit log; every field is optional. Dates are inclusive days. */
public record AuditFilter(
        String actor,
        String action,
        String entity,
        String entityId,
        LocalDate from,
        LocalDate to,
        Integer pageNumber,
        Integer size) {

    public int page() {
        return pageNumber == null || pageNumber < 0 ? 0 : pageNumber;
    }

    public int pageSize() {
        return size == null || size < 1 ? 50 : Math.min(size, 500);
    }
}
