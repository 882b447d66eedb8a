package vn.noivu.reform.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/** The templates of the reform imports: a method (its criteria) and the scores of units. */
@Configuration(proxyBeanMethods = false)
class ReformImportTemplates {

    @Bean
    ImportTemplate reformMethodTemplate(ReformImport imports) {
        return ImportTemplate.of(
                "reform",
                "method",
                "Phương pháp đánh giá (bộ tiêu chí)",
                List.of(
                        Column.of("year", "Năm", "Năm đánh giá", true, "4 chữ số", "2025"),
                        Column.coded(
                                "set",
                                "Tập đánh giá",
                                "Nhóm đơn vị được đánh giá",
                                true,
                                "Sở, ban, ngành của tỉnh",
                                imports::sets),
                        Column.of(
                                "province_code",
                                "Mã tỉnh",
                                "Tỉnh sở hữu bộ tiêu chí (tập sở, ngành hoặc xã)",
                                false,
                                "2 chữ số",
                                "01"),
                        Column.of(
                                "code", "Mã tiêu chí", "Mã của tiêu chí, tiêu chí thành phần", true, "Văn bản", "1.1"),
                        Column.of("parent_code", "Mã tiêu chí cha", "Để trống với lĩnh vực", false, "Văn bản", "1"),
                        Column.of("name", "Tên tiêu chí", "Tên tiêu chí", true, "Văn bản", "Ban hành kế hoạch CCHC"),
                        Column.of("max_points", "Điểm tối đa", "Điểm tối đa của tiêu chí", true, "Số dương", "2"),
                        Column.coded(
                                "kind",
                                "Cách chấm",
                                "Nguồn điểm của tiêu chí",
                                true,
                                "Đơn vị tự đánh giá",
                                imports::kinds),
                        Column.of("group_a_min", "Ngưỡng nhóm A", "Chỉ số tối thiểu của nhóm A", false, "Số", "90"),
                        Column.of("group_b_min", "Ngưỡng nhóm B", "Chỉ số tối thiểu của nhóm B", false, "Số", "80"),
                        Column.of(
                                "deadline",
                                "Hạn tự đánh giá",
                                "Hạn nộp tự đánh giá",
                                false,
                                "dd/MM/yyyy hoặc yyyy-MM-dd",
                                "31/01/2026")));
    }

    @Bean
    ImportTemplate reformScoresTemplate(ReformImport imports) {
        return ImportTemplate.of(
                "reform",
                "scores",
                "Điểm điều tra, đo lường",
                List.of(
                        Column.of("year", "Năm", "Năm đánh giá", true, "4 chữ số", "2025"),
                        Column.coded(
                                "set",
                                "Tập đánh giá",
                                "Nhóm đơn vị được đánh giá",
                                true,
                                "Tỉnh, thành phố",
                                imports::sets),
                        Column.of(
                                "province_code",
                                "Mã tỉnh",
                                "Tỉnh sở hữu bộ tiêu chí (tập sở, ngành hoặc xã)",
                                false,
                                "2 chữ số",
                                ""),
                        Column.of("unit_code", "Mã đơn vị", "Đơn vị được chấm điểm", true, "Mã đơn vị", "01"),
                        Column.of("component_code", "Mã tiêu chí", "Tiêu chí được chấm", true, "Văn bản", "1.1"),
                        Column.of("score", "Điểm", "Điểm đạt được", true, "Số, dấu chấm thập phân", "1.5")));
    }
}
