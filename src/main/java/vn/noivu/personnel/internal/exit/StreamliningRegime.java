package vn.noivu.personnel.internal.exit;

import vn.noivu.personnel.internal.career.EventKind;

/**
 * The regimes under which a person leaves during the restructuring, with the decree that sets each and
 * the career event that ends the employment. Citations and what was verified: docs/personnel-rules.md.
 */
public enum StreamliningRegime {
    /** Nghỉ hưu trước tuổi, NĐ 178/2024/NĐ-CP as amended by NĐ 67/2025/NĐ-CP. */
    ND178_EARLY_RETIREMENT(EventKind.RETIREMENT, false),
    /** Nghỉ thôi việc, NĐ 178/2024/NĐ-CP as amended by NĐ 67/2025/NĐ-CP. */
    ND178_RESIGNATION(EventKind.RESIGNATION, false),
    /** Cadres not of the age to be re-elected or reappointed who retire early, NĐ 177/2024/NĐ-CP. */
    ND177_NON_REAPPOINTMENT(EventKind.RETIREMENT, false),
    /** Nghỉ hưu trước tuổi under tinh giản biên chế, NĐ 154/2025/NĐ-CP. */
    ND154_EARLY_RETIREMENT(EventKind.RETIREMENT, true),
    /** Thôi việc ngay under tinh giản biên chế, NĐ 154/2025/NĐ-CP. */
    ND154_RESIGNATION(EventKind.RESIGNATION, true);

    private final EventKind ends;
    private final boolean streamlining154;

    StreamliningRegime(EventKind ends, boolean streamlining154) {
        this.ends = ends;
        this.streamlining154 = streamlining154;
    }

    /** The career event that ends the employment. */
    EventKind ends() {
        return ends;
    }

    /** Whether the exclusions of NĐ 154/2025/NĐ-CP Art. 4 apply (verified for that decree only). */
    boolean underDecree154() {
        return streamlining154;
    }

    static StreamliningRegime of(String code) {
        for (StreamliningRegime r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
