package vn.noivu.reward;

import java.time.LocalDate;

/**
 * A disciplinary measure, or {@code PENDING_REVIEW} for a person under disciplinary review. The
 * module's own input until the personnel module publishes discipline.
 */
public record DisciplineRequest(Long personId, String level, LocalDate decidedOn, String decisionNo) {}
