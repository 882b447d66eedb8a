package vn.noivu.organization.internal;

import java.time.LocalDate;

/** The decision behind a change: its number and symbol (e.g. 25/2025/NĐ-CP), date and issuer. */
public record LegalBasis(String number, LocalDate date, String issuer) {

    public static final LegalBasis NONE = new LegalBasis(null, null, null);

    public String label() {
        if (number == null) {
            return "";
        }
        return number + (date == null ? "" : " (" + date + ")");
    }
}
