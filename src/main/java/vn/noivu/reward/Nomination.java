package vn.noivu.reward;

import java.time.LocalDate;

/** A nomination for a title or form, and its public notice period (both days included). */
public record Nomination(
        long id,
        Long personId,
        String orgCode,
        String nomineeName,
        String unitCode,
        String title,
        int year,
        String summary,
        String status,
        LocalDate noticeFrom,
        LocalDate noticeUntil) {

    /**
     * A nomination to create. The nominee's name is given as the proposal (tờ trình) writes it: the
     * personnel module publishes no names to other modules yet.
     */
    public record Request(
            Long personId, String orgCode, String nomineeName, String title, Integer year, String summary) {}

    /** A public notice from a day for a number of days. */
    public record Notice(LocalDate from, Integer days) {}

    /** What the public page shows of a nominee in notice: nothing personal beyond name and unit. */
    public record PublicEntry(String name, String unit, String title, String summary, LocalDate noticeUntil) {}
}
