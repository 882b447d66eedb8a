package vn.noivu.personnel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.imports.CodeLabels;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/** The template of the annual ratings import (docs/import-formats.md, "Annual ratings"). */
@Configuration(proxyBeanMethods = false)
class RatingImportTemplate {

    private static final String DATE = "dd/MM/yyyy hoặc yyyy-MM-dd";

    @Bean
    ImportTemplate ratingsTemplate() {
        Map<String, String> ratings = new LinkedHashMap<>();
        ratings.put("EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ");
        ratings.put("GOOD", "Hoàn thành tốt nhiệm vụ");
        ratings.put("COMPLETED", "Hoàn thành nhiệm vụ");
        ratings.put("NOT_COMPLETED", "Không hoàn thành nhiệm vụ");
        return ImportTemplate.of(
                "personnel",
                "ratings",
                "Xếp loại chất lượng hằng năm",
                List.of(
                        Column.of(
                                "national_id",
                                "Số định danh cá nhân",
                                "Số định danh (căn cước) của người được đánh giá, trong phạm vi của bạn",
                                true,
                                "12 chữ số",
                                "001085012345"),
                        Column.of("year", "Năm đánh giá", "Năm được đánh giá, xếp loại", true, "4 chữ số", "2025"),
                        Column.coded(
                                "rating",
                                "Mức xếp loại",
                                "Kết quả xếp loại chất lượng",
                                true,
                                "Hoàn thành tốt nhiệm vụ",
                                () -> CodeLabels.of(ratings)),
                        Column.of(
                                "decision_no",
                                "Số quyết định",
                                "Số, ký hiệu văn bản công nhận kết quả",
                                true,
                                "Văn bản",
                                "15/QĐ-SNV"),
                        Column.of("decision_date", "Ngày quyết định", "Ngày ký văn bản", true, DATE, "20/12/2025"),
                        Column.of("issuer", "Cơ quan ban hành", "Cơ quan ký văn bản", true, "Văn bản", "Sở Nội vụ"),
                        Column.of(
                                "effective_date",
                                "Ngày hiệu lực",
                                "Ngày có hiệu lực (mặc định: ngày quyết định)",
                                false,
                                DATE,
                                "20/12/2025"),
                        Column.of("note", "Ghi chú", "Ghi chú", false, "Văn bản", "")));
    }
}
