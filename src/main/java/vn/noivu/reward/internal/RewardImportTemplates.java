package vn.noivu.reward.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.platform.imports.CodeLabels;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/**
 * The templates of the award and initiative imports, and the names their coded cells accept: a title
 * or form of commendation by its name ("Chiến sĩ thi đua cơ sở"), a scope of recognition by its name.
 */
@Configuration(proxyBeanMethods = false)
public class RewardImportTemplates {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DATE = "dd/MM/yyyy hoặc yyyy-MM-dd";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    RewardImportTemplates(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Titles and forms of the catalogue by code, with their (latest) Vietnamese names. */
    CodeLabels titles() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (code) code, name FROM reward.catalogue ORDER BY code, valid_from DESC")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return CodeLabels.of(names);
    }

    /** The scopes an initiative is recognised at. */
    CodeLabels scopes() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String s : List.of("UNIT", "MINISTRY_PROVINCE", "NATIONAL")) {
            names.put(s, messages.getMessage("reward.scope." + s, null, s, VI));
        }
        return CodeLabels.of(names);
    }

    @Bean
    ImportTemplate rewardAwardsTemplate() {
        return ImportTemplate.of(
                "reward",
                "awards",
                "Khen thưởng (danh hiệu, hình thức khen thưởng)",
                List.of(
                        Column.of(
                                "person_id",
                                "Mã hồ sơ cá nhân",
                                "Mã hồ sơ của người được khen (để trống khi khen tập thể)",
                                false,
                                "Số",
                                "1024"),
                        Column.of(
                                "org_code",
                                "Mã tập thể",
                                "Mã đơn vị được khen (để trống khi khen cá nhân)",
                                false,
                                "Mã đơn vị",
                                ""),
                        Column.coded(
                                "title",
                                "Danh hiệu, hình thức",
                                "Danh hiệu thi đua hoặc hình thức khen thưởng",
                                true,
                                "Chiến sĩ thi đua cơ sở",
                                this::titles),
                        Column.of("year", "Năm", "Năm được khen", true, "4 chữ số", "2025"),
                        Column.of(
                                "decision_no",
                                "Số quyết định",
                                "Số, ký hiệu quyết định khen thưởng",
                                true,
                                "Văn bản",
                                "123/QĐ-UBND"),
                        Column.of("decision_date", "Ngày quyết định", "Ngày ký quyết định", true, DATE, "15/12/2025"),
                        Column.of(
                                "issuer",
                                "Cơ quan ban hành",
                                "Người, cơ quan quyết định",
                                true,
                                "Văn bản",
                                "UBND thành phố Hà Nội")));
    }

    @Bean
    ImportTemplate rewardInitiativesTemplate() {
        return ImportTemplate.of(
                "reward",
                "initiatives",
                "Sáng kiến được công nhận",
                List.of(
                        Column.of(
                                "person_id", "Mã hồ sơ cá nhân", "Mã hồ sơ của tác giả sáng kiến", true, "Số", "1024"),
                        Column.of("title", "Tên sáng kiến", "Tên sáng kiến", true, "Văn bản", "Số hoá hồ sơ công chức"),
                        Column.coded(
                                "recognised_scope",
                                "Phạm vi công nhận",
                                "Phạm vi ảnh hưởng được công nhận",
                                true,
                                "cấp cơ sở (đơn vị)",
                                this::scopes),
                        Column.of(
                                "recognised_on",
                                "Ngày công nhận",
                                "Ngày quyết định công nhận",
                                true,
                                DATE,
                                "20/11/2025"),
                        Column.of(
                                "decision_no",
                                "Số quyết định",
                                "Số, ký hiệu quyết định công nhận",
                                true,
                                "Văn bản",
                                "45/QĐ-SNV")));
    }
}
