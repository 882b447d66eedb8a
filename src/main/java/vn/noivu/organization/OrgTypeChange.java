package vn.noivu.organization;

/**
 * How many units of one type (all tiers together; {@code type} null = every type) were in force on two
 * dates, and how many were created, abolished (of which merged, split, dissolved) or reclassified in
 * between: {@code after = before + created - abolished + reclassifiedIn - reclassifiedOut}.
 */
public record OrgTypeChange(
        String type,
        int before,
        int after,
        int created,
        int abolished,
        int merged,
        int split,
        int dissolved,
        int reclassifiedIn,
        int reclassifiedOut) {

    /** after − before (negative when units were reduced). */
    public int net() {
        return after - before;
    }
}
