package vn.noivu.staffing.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/** The template of the quota import (docs/import-formats.md, "Staffing quotas"). */
@Configuration(proxyBeanMethods = false)
class QuotaImportTemplate {

    @Bean
    ImportTemplate quotaTemplate(Categories categories) {
        return ImportTemplate.of(
                "staffing",
                "quotas",
                "Biên chế được giao",
                List.of(
                        Column.of(
                                "org_code",
                                "Mã đơn vị",
                                "Mã của cơ quan, tổ chức được giao biên chế (như trên trang Tổ chức bộ máy), trong phạm vi quản lý của bạn",
                                true,
                                "Mã đơn vị",
                                "UBND.01.SNV"),
                        Column.of("year", "Năm", "Năm giao biên chế", true, "4 chữ số, từ 1990 đến 2100", "2025"),
                        Column.coded(
                                "category",
                                "Loại biên chế",
                                "Loại biên chế theo danh mục, còn hiệu lực vào cuối năm",
                                true,
                                "Công chức",
                                categories::labels),
                        Column.of(
                                "assigned",
                                "Biên chế được giao",
                                "Số biên chế được giao",
                                true,
                                "Số nguyên không âm",
                                "120"),
                        Column.of(
                                "actual", "Số có mặt", "Số người có mặt (nếu có)", false, "Số nguyên không âm", "115"),
                        Column.of(
                                "legal_basis",
                                "Căn cứ giao",
                                "Số, ký hiệu của quyết định giao biên chế",
                                true,
                                "Văn bản, tối đa 500 ký tự",
                                "Quyết định 123/QĐ-UBND"),
                        Column.of(
                                QuotaImport.DECISION_DATE,
                                "Ngày quyết định",
                                "Ngày ký quyết định giao biên chế",
                                false,
                                "dd/MM/yyyy hoặc yyyy-MM-dd",
                                "15/01/2025"),
                        Column.of(
                                QuotaImport.DECISION_ISSUER,
                                "Cơ quan ban hành",
                                "Cơ quan ban hành quyết định",
                                false,
                                "Văn bản, tối đa 500 ký tự",
                                "UBND thành phố Hà Nội")));
    }
}
