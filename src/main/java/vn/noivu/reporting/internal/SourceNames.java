package vn.noivu.reporting.internal;

import org.springframework.stereotype.Component;

/**
 * The name people read for a pre-fill source ({@code personnel.cbcc.rank-main.women} → "Hồ sơ cán
 * bộ, công chức: ngạch chuyên viên chính, nữ"). A source named in the messages
 * ({@code reporting.source.<name>}) takes that name; the families of many figures are put together
 * from their parts (the personnel breakdowns, the staffing quotas by category, the "women" variant);
 * a source nobody named yet shows its code rather than nothing.
 */
@Component("reportingSourceNames")
public class SourceNames {

    private static final String KEY = "reporting.source.";

    private final Texts texts;

    SourceNames(Texts texts) {
        this.texts = texts;
    }

    public String label(String source) {
        if (source == null) {
            return "";
        }
        String named = named(source);
        if (named != null) {
            return named;
        }
        if (source.endsWith(".women")) {
            String base = label(source.substring(0, source.length() - ".women".length()));
            return texts.get("reporting.source.women", base);
        }
        if (source.startsWith("personnel.cbcc.")) {
            String part = named("cbcc." + source.substring("personnel.cbcc.".length()));
            if (part != null) {
                return texts.get("reporting.source.personnel.cbcc", part);
            }
        }
        if (source.startsWith("staffing.quota.")) {
            String[] parts = source.substring("staffing.quota.".length()).split("\\.");
            if (parts.length == 2) {
                String category = named("quota." + parts[0]);
                String kind = named("quota.kind." + parts[1]);
                if (category != null && kind != null) {
                    return texts.get("reporting.source.staffing.quota", category, kind);
                }
            }
        }
        if (source.startsWith("reward.")) {
            String reward = rewardLabel(source.substring("reward.".length()));
            if (reward != null) {
                return reward;
            }
        }
        return source;
    }

    /**
     * The reward registry's figures (forms 0601–0605): {@code awards.<group>[.collective|.individual]
     * [.byMinistry|.byProvince]}, {@code movements.<filter>[.<level>]}, {@code staff.<breakdown>}; null
     * when a part has no name.
     */
    private String rewardLabel(String name) {
        String[] parts = name.split("\\.");
        if (parts[0].equals("awards") && parts.length >= 2) {
            String group = named("reward.group." + parts[1]);
            String subject = "";
            String origin = "";
            for (int i = 2; i < parts.length; i++) {
                String subjectPart = named("reward.subject." + parts[i]);
                String originPart = named("reward.origin." + parts[i]);
                if (subjectPart == null && originPart == null) {
                    return null;
                }
                subject = subjectPart == null ? subject : subjectPart;
                origin = originPart == null ? origin : originPart;
            }
            return group == null ? null : texts.get("reporting.source.reward.awards", group, subject, origin);
        }
        if (parts[0].equals("movements") && (parts.length == 2 || parts.length == 3)) {
            String filter = named("reward.movement." + parts[1]);
            String level = parts.length == 3 ? named("reward.level." + parts[2]) : "";
            return filter == null || level == null
                    ? null
                    : texts.get("reporting.source.reward.movements", filter, level);
        }
        if (parts[0].equals("staff") && parts.length == 2) {
            String part = named("reward.staffPart." + parts[1]);
            return part == null ? null : texts.get("reporting.source.reward.staff", part);
        }
        return null;
    }

    private String named(String key) {
        String text = texts.get(KEY + key);
        return text.equals(KEY + key) ? null : text;
    }
}
