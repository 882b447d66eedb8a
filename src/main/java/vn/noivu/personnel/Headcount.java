package vn.noivu.personnel;

/** People employed in a unit on a date, by staff category (CADRE, CIVIL_SERVANT, PUBLIC_EMPLOYEE, …). */
public record Headcount(String orgCode, String staffCategory, long count) {}
