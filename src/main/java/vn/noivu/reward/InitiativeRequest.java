package vn.noivu.reward;

import java.time.LocalDate;

/** An initiative (sáng kiến) recognised at {@code UNIT}, {@code MINISTRY_PROVINCE} or {@code NATIONAL} scope. */
public record InitiativeRequest(
        Long personId, String title, String recognisedScope, LocalDate recognisedOn, String decisionNo) {}
