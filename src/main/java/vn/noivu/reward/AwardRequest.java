package vn.noivu.reward;

import java.time.LocalDate;

/** An award to record: of a person ({@code personId}) or of a unit ({@code orgCode}), never both. */
public record AwardRequest(
        Long personId,
        String orgCode,
        String title,
        Integer year,
        String decisionNo,
        LocalDate decisionDate,
        String issuer) {}
