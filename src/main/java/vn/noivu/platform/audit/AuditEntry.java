package vn.noivu.platform.audit;

import java.time.OffsetDateTime;

/** One audited event; before and after are the JSON states. */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entity,
        String entityId,
        String beforeState,
        String afterState,
        String detail) {}
