/**
 * Administrative units (đơn vị hành chính): provinces, districts and communes with official GSO codes
 * and their full dated history, changes with legal basis and predecessor → successor lineage.
 *
 * <p>Public API: the facade {@link vn.noivu.adminunit.AdminUnits}, the record {@link
 * vn.noivu.adminunit.AdminUnitView}, the event {@link vn.noivu.adminunit.AdminUnitsImported}, and the
 * read-only SQL views {@code adminunit.api_unit_version(code, name, full_name, level, type,
 * parent_code, valid_from, valid_to)} and {@code adminunit.api_lineage(predecessor_code,
 * successor_code, effective_date, relation, legal_basis)}.
 */
package vn.noivu.adminunit;
