package vn.noivu.personnel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names for the personnel catalogues' codes, as templates print them ({@code ${@personnelLabels.rank(code)}}):
 * a rank or title as "Chuyên viên (01.003)" — officials quote the code, so it stays beside the name — a job
 * position by its title, and a due list's detail in words ("Vượt khung 5 %", not {@code ABOVE_CEILING:5}).
 *
 * <p>The catalogues are small (a few hundred ranks) and change by decree: they are read once a minute at most.
 */
@Component("personnelLabels")
public class PersonnelLabels {

    private static final long REFRESH_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private volatile Names names = new Names(Map.of(), Map.of(), 0);

    PersonnelLabels(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Names(Map<String, String> ranks, Map<String, String> positions, long readAt) {}

    /** "Chuyên viên (01.003)"; the code alone when the catalogue does not know it; empty for none. */
    public String rank(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = names().ranks().get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** The rank's name alone ("Chuyên viên"), for narrow columns whose code is in the title. */
    public String rankName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return names().ranks().getOrDefault(code, code);
    }

    /** A job position (vị trí việc làm) by its title. */
    public String position(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return names().positions().getOrDefault(code, code);
    }

    /** An organisation by its name (the code when it is unknown): the timeline of one dossier, a few rows. */
    public String org(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return jdbc.sql("SELECT name FROM organization.api_unit WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(code);
    }

    /**
     * A due list's detail in words. The query writes it as parts separated by ";", each a kind and its
     * values ({@code STEP:4}, {@code ABOVE_CEILING:5}, {@code DELAY:6}, {@code AGE:60:6},
     * {@code NOT_COMPLETED:2023,2024}); anything else (a leadership title) is already words.
     */
    public String dueDetail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String part : detail.split(";")) {
            String[] p = part.split(":");
            String key = "personnel.due.detail." + p[0];
            Object[] args = java.util.Arrays.copyOfRange(p, 1, p.length);
            String text = p.length > 1 ? messages.getMessage(key, args, null, LocaleContextHolder.getLocale()) : null;
            out.add(text == null ? part : text);
        }
        return String.join("; ", out);
    }

    /** The parts that have a value, joined with ", ". */
    public String joinedParts(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Names names() {
        Names current = names;
        if (System.currentTimeMillis() - current.readAt() < REFRESH_MILLIS) {
            return current;
        }
        Map<String, String> ranks = new HashMap<>();
        // The version in force last wins: a rank renamed keeps its newest name.
        jdbc.sql("SELECT code, name FROM personnel.rank ORDER BY valid_from").query((java.sql.ResultSet rs) -> {
            ranks.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> positions = new HashMap<>();
        jdbc.sql("SELECT code, title FROM personnel.job_position ORDER BY valid_from")
                .query((java.sql.ResultSet rs) -> {
                    positions.put(rs.getString(1), rs.getString(2));
                });
        Names read = new Names(Map.copyOf(ranks), Map.copyOf(positions), System.currentTimeMillis());
        names = read;
        return read;
    }
}
