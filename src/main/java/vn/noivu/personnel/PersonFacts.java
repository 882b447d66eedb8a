package vn.noivu.personnel;

import java.time.LocalDate;

/**
 * What other modules may read of a person for their documents and statistics: the full name (a
 * certificate names the person), birth date, sex (M/F) and the highest training as the dossier writes it
 * ("Đại học", "Thạc sĩ", …). Never the personal ID number or the address.
 */
public record PersonFacts(long id, String fullName, LocalDate birthDate, String sex, String highestDegree) {}
