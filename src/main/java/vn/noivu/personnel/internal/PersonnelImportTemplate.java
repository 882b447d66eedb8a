package vn.noivu.personnel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.personnel.internal.load.ImportLabels;
import vn.noivu.platform.imports.CodeLabels;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/** The template of the personnel bulk import (docs/import-formats.md, "Personnel"). */
@Configuration(proxyBeanMethods = false)
class PersonnelImportTemplate {

    private static final String DATE = "dd/MM/yyyy hoặc yyyy-MM-dd";

    @Bean
    ImportTemplate personnelTemplate(JdbcClient jdbc, MessageSource messages) {
        Map<String, String> h = ImportLabels.HEADERS;
        Map<String, String> sexes = new LinkedHashMap<>();
        sexes.put("M", "Nam");
        sexes.put("F", "Nữ");
        return ImportTemplate.of(
                "personnel",
                "people",
                "Hồ sơ cán bộ, công chức, viên chức",
                List.of(
                        Column.of(
                                "national_id",
                                h.get("national_id"),
                                "Số định danh cá nhân (căn cước)",
                                true,
                                "12 chữ số",
                                "001085012345"),
                        Column.of(
                                "full_name",
                                h.get("full_name"),
                                "Họ, chữ đệm và tên",
                                true,
                                "Tối đa 200 ký tự",
                                "Nguyễn Văn An"),
                        Column.of("birth_date", h.get("birth_date"), "Ngày sinh", true, DATE, "15/03/1985"),
                        Column.coded("sex", h.get("sex"), "Giới tính", true, "Nam", () -> CodeLabels.of(sexes)),
                        Column.of(
                                "org_code",
                                h.get("org_code"),
                                "Mã cơ quan, đơn vị công tác trong phạm vi của bạn",
                                true,
                                "Mã đơn vị",
                                "UBND.01.SNV"),
                        Column.coded(
                                "staff_category",
                                h.get("staff_category"),
                                "Cán bộ, công chức, viên chức…",
                                true,
                                "Công chức",
                                () -> ImportLabels.categories(messages)),
                        Column.coded(
                                "rank_code",
                                h.get("rank_code"),
                                "Ngạch công chức hoặc chức danh nghề nghiệp viên chức còn hiệu lực tại ngày Từ ngày",
                                false,
                                "Chuyên viên",
                                () -> ImportLabels.ranks(jdbc)),
                        Column.of(
                                "salary_step",
                                h.get("salary_step"),
                                "Bậc lương trong ngạch (bắt buộc khi có ngạch)",
                                false,
                                "Số nguyên",
                                "3"),
                        Column.of(
                                "position_code",
                                h.get("position_code"),
                                "Mã vị trí việc làm của đơn vị hoặc danh mục chung",
                                false,
                                "Mã vị trí",
                                ""),
                        Column.of(
                                "valid_from",
                                h.get("valid_from"),
                                "Ngày bắt đầu của quá trình công tác này",
                                true,
                                DATE,
                                "01/01/2020"),
                        Column.of(
                                "step_since",
                                h.get("step_since"),
                                "Ngày hưởng bậc hiện tại (mặc định: Từ ngày)",
                                false,
                                DATE,
                                "01/01/2023"),
                        Column.of(
                                "leadership_title",
                                h.get("leadership_title"),
                                "Chức vụ lãnh đạo đang giữ",
                                false,
                                "Văn bản",
                                "Trưởng phòng"),
                        Column.of(
                                "position_allowance",
                                h.get("position_allowance"),
                                "Hệ số phụ cấp chức vụ",
                                false,
                                "Số thập phân, dấu chấm",
                                "0.4"),
                        Column.of("decision_no", h.get("decision_no"), "Số quyết định", false, "Văn bản", "12/QĐ-SNV"),
                        Column.of(
                                "decision_date", h.get("decision_date"), "Ngày quyết định", false, DATE, "20/12/2019"),
                        Column.of("issuer", h.get("issuer"), "Cơ quan ban hành", false, "Văn bản", "Sở Nội vụ")));
    }
}
