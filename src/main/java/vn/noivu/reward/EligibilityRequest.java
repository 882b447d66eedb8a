package vn.noivu.reward;

/** Whether a person ({@code personId}) or a collective ({@code orgCode}) may receive a title for a year. */
public record EligibilityRequest(Long personId, String orgCode, String title, Integer year) {}
