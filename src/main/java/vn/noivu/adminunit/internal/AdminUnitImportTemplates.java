package vn.noivu.adminunit.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.imports.CodeLabels;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/** The templates of the three administrative-unit imports (docs/import-formats.md, "Administrative units"). */
@Configuration(proxyBeanMethods = false)
class AdminUnitImportTemplates {

    private static final String DATE = "dd/MM/yyyy hoặc yyyy-MM-dd";

    /** The unit types of every level, as the catalogue spells them. */
    static CodeLabels types() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(Level.values()).flatMap(l -> l.types().stream()).forEach(t -> names.put(t, t));
        return CodeLabels.of(names);
    }

    @Bean
    ImportTemplate adminUnitSnapshotTemplate() {
        return ImportTemplate.of(
                "adminunit",
                "snapshot",
                "Danh mục đơn vị hành chính tại một ngày",
                List.of(
                        Column.of(
                                "code",
                                "Mã",
                                "Mã GSO của đơn vị (tỉnh 2 số, huyện 3 số, xã 5 số)",
                                true,
                                "Chữ số",
                                "00004"),
                        Column.of("name", "Tên", "Tên ngắn, không kèm loại", true, "Văn bản", "Ba Đình"),
                        Column.of(
                                "full_name",
                                "Tên đầy đủ",
                                "Loại và tên",
                                true,
                                "Văn bản, kết thúc bằng Tên",
                                "Phường Ba Đình"),
                        Column.coded("level", "Cấp", "Cấp hành chính", true, "Cấp xã", () -> Level.NAMES),
                        Column.coded(
                                "type",
                                "Loại",
                                "Loại đơn vị của cấp đó",
                                true,
                                "Phường",
                                AdminUnitImportTemplates::types),
                        Column.of(
                                "parent_code",
                                "Mã đơn vị cấp trên",
                                "Để trống với cấp tỉnh; đơn vị cấp trên phải có trong cùng tệp",
                                false,
                                "Chữ số",
                                "01")));
    }

    @Bean
    ImportTemplate adminUnitMappingTemplate() {
        return ImportTemplate.of(
                "adminunit",
                "mapping",
                "Bảng chuyển đổi đơn vị cũ sang đơn vị mới",
                List.of(
                        Column.of(
                                "old_code",
                                "Mã đơn vị cũ",
                                "Đơn vị có hiệu lực ngày trước ngày hiệu lực",
                                true,
                                "Chữ số",
                                "00004"),
                        Column.coded(
                                "old_level", "Cấp đơn vị cũ", "Cấp của đơn vị cũ", true, "Cấp xã", () -> Level.NAMES),
                        Column.of(
                                "old_name",
                                "Tên đơn vị cũ",
                                "Nếu có: phải khớp tên đầy đủ đang lưu",
                                false,
                                "Văn bản",
                                "Phường Ba Đình"),
                        Column.of("new_code", "Mã đơn vị mới", "Mã của đơn vị sau sắp xếp", true, "Chữ số", "00004"),
                        Column.coded(
                                "new_level", "Cấp đơn vị mới", "Cấp của đơn vị mới", true, "Cấp xã", () -> Level.NAMES),
                        Column.of(
                                "new_name",
                                "Tên đơn vị mới",
                                "Tên đầy đủ của đơn vị mới (loại đọc từ tên)",
                                true,
                                "Văn bản",
                                "Phường Ba Đình"),
                        Column.coded(
                                "new_type",
                                "Loại đơn vị mới",
                                "Nếu tên không cho biết loại",
                                false,
                                "Phường",
                                AdminUnitImportTemplates::types),
                        Column.of(
                                "new_parent_code",
                                "Mã đơn vị cấp trên mới",
                                "Đơn vị cấp trên của đơn vị mới",
                                false,
                                "Chữ số",
                                "01"),
                        Column.of(
                                "new_province_code",
                                "Mã tỉnh mới",
                                "Dùng khi không có mã cấp trên",
                                false,
                                "2 chữ số",
                                "01"),
                        Column.of(
                                "relation",
                                "Quan hệ",
                                "full: cả đơn vị cũ vào đơn vị mới; partial: một phần",
                                true,
                                "full hoặc partial",
                                "full"),
                        Column.of(
                                "split_count",
                                "Số phần chia",
                                "Số đơn vị mới nhận một phần đơn vị cũ",
                                false,
                                "Số nguyên",
                                "2"),
                        Column.of(
                                "legal_basis",
                                "Căn cứ",
                                "Nghị quyết, quyết định của dòng này",
                                false,
                                "Văn bản",
                                "1656/NQ-UBTVQH15")));
    }

    @Bean
    ImportTemplate adminUnitHistoryTemplate() {
        return ImportTemplate.of(
                "adminunit",
                "history",
                "Lịch sử thay đổi đơn vị hành chính",
                List.of(
                        Column.of(
                                "effective_date",
                                "Ngày hiệu lực",
                                "Ngày thay đổi có hiệu lực",
                                true,
                                DATE,
                                "01/09/2024"),
                        Column.of(
                                "change_type",
                                "Loại thay đổi",
                                "added, removed, hoặc danh sách renamed; type_changed; reparented; spelling",
                                true,
                                "Mã loại thay đổi",
                                "renamed"),
                        Column.coded("level", "Cấp", "Cấp hành chính", true, "Cấp xã", () -> Level.NAMES),
                        Column.of("code", "Mã", "Mã GSO của đơn vị", true, "Chữ số", "00004"),
                        Column.of(
                                "name_before",
                                "Tên trước",
                                "Để trống khi thêm mới",
                                false,
                                "Văn bản",
                                "Phường Ba Đình"),
                        Column.of("name_after", "Tên sau", "Để trống khi bãi bỏ", false, "Văn bản", "Phường Ba Đình"),
                        Column.coded(
                                "type_before",
                                "Loại trước",
                                "Để trống khi thêm mới",
                                false,
                                "Phường",
                                AdminUnitImportTemplates::types),
                        Column.coded(
                                "type_after",
                                "Loại sau",
                                "Để trống khi bãi bỏ",
                                false,
                                "Phường",
                                AdminUnitImportTemplates::types),
                        Column.of(
                                "parent_before",
                                "Cấp trên trước",
                                "Mã đơn vị cấp trên trước thay đổi",
                                false,
                                "Chữ số",
                                "001"),
                        Column.of(
                                "parent_after",
                                "Cấp trên sau",
                                "Mã đơn vị cấp trên sau thay đổi",
                                false,
                                "Chữ số",
                                "01"),
                        Column.of(
                                "legal_basis",
                                "Căn cứ",
                                "Văn bản quyết định thay đổi",
                                false,
                                "Văn bản",
                                "1656/NQ-UBTVQH15")));
    }
}
