package vn.noivu.organization.internal;

import java.util.Arrays;
import java.util.Optional;

/** What a restructuring does (hình thức sắp xếp). */
public enum RestructuringKind {
    /** thành lập: new units, no predecessors. */
    ESTABLISH,
    /** hợp nhất / sáp nhập: predecessors into one successor (new, or one that continues). */
    MERGE,
    /** chia / tách: one predecessor into several successors (the predecessor may continue). */
    SPLIT,
    /** giải thể: predecessors end, no successor. */
    DISSOLVE,
    /** đổi tên. */
    RENAME,
    /** chuyển về đơn vị cấp trên khác (new parent, possibly new administrative unit served). */
    TRANSFER,
    /** đổi loại hình, or the autonomy group of a public service unit. */
    RETYPE;

    public static Optional<RestructuringKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String c = s.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(c)).findFirst();
    }
}
