package vn.noivu.personnel.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.personnel.internal.career.StaffCategory;
import vn.noivu.platform.imports.CodeLabels;

/**
 * What a personnel officer may write instead of a code in a bulk import: the template's Vietnamese
 * headers ("Số định danh cá nhân" for {@code national_id}), a category by its name ("Công chức") and a
 * rank or title by its name ("Chuyên viên"), ignoring case and diacritics.
 */
public final class ImportLabels {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** The template's header of each technical column, in the template's order. */
    public static final Map<String, String> HEADERS = headers();

    private final CodeLabels categories;
    private final CodeLabels ranks;

    private ImportLabels(CodeLabels categories, CodeLabels ranks) {
        this.categories = categories;
        this.ranks = ranks;
    }

    static ImportLabels load(JdbcClient jdbc, MessageSource messages) {
        return new ImportLabels(categories(messages), ranks(jdbc));
    }

    /** Staff categories by code, with their Vietnamese names. */
    public static CodeLabels categories(MessageSource messages) {
        Map<String, String> names = new LinkedHashMap<>();
        for (StaffCategory c : StaffCategory.values()) {
            names.put(c.name(), messages.getMessage("personnel.category." + c.name(), null, c.name(), VI));
        }
        return CodeLabels.of(names);
    }

    /** Ranks and professional titles by code, with their (latest) names. */
    public static CodeLabels ranks(JdbcClient jdbc) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (code) code, name FROM personnel.rank ORDER BY code, valid_from DESC")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return CodeLabels.of(names);
    }

    String category(String cell) {
        return categories.resolve(cell);
    }

    String rank(String cell) {
        return cell.isEmpty() ? cell : ranks.resolve(cell);
    }

    /** The headers with the template's Vietnamese ones read as the technical ones. */
    static List<String> technical(List<String> headers) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        HEADERS.forEach((technical, label) -> byLabel.put(CodeLabels.fold(label), technical));
        List<String> out = new ArrayList<>(headers.size());
        for (String h : headers) {
            String technical = byLabel.get(CodeLabels.fold(h));
            out.add(technical != null && !headers.contains(technical) ? technical : h);
        }
        return out;
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("national_id", "Số định danh cá nhân");
        h.put("full_name", "Họ và tên");
        h.put("birth_date", "Ngày sinh");
        h.put("sex", "Giới tính");
        h.put("org_code", "Mã đơn vị");
        h.put("staff_category", "Loại cán bộ, công chức, viên chức");
        h.put("rank_code", "Ngạch, chức danh nghề nghiệp");
        h.put("salary_step", "Bậc lương");
        h.put("position_code", "Vị trí việc làm");
        h.put("valid_from", "Từ ngày");
        h.put("step_since", "Hưởng bậc từ ngày");
        h.put("leadership_title", "Chức vụ lãnh đạo");
        h.put("position_allowance", "Hệ số phụ cấp chức vụ");
        h.put("decision_no", "Số quyết định");
        h.put("decision_date", "Ngày quyết định");
        h.put("issuer", "Cơ quan ban hành");
        return java.util.Collections.unmodifiableMap(h);
    }
}
