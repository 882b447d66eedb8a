/**
 * Personnel records of cadres, civil servants and public employees (CBCCVC): the person dossier,
 * effective-dated employment derived from career events, salary, due lists and headcount. Other
 * modules use the {@link vn.noivu.personnel.Personnel} facade and the read-only SQL view
 * {@code personnel.api_employment(person_id, valid_from, valid_to, org_code, position_code,
 * staff_category, rank_code, salary_step, coefficient)}; the module implements the staffing
 * module's {@code HeadcountSource} and the reporting module's {@code PrefillSources} (the quantity and
 * quality of civil servants).
 */
package vn.noivu.personnel;
