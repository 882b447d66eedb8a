package vn.noivu.reward;

import java.time.LocalDate;

/** A recorded initiative. */
public record Initiative(
        long id, long personId, String title, String recognisedScope, LocalDate recognisedOn, String decisionNo) {}
