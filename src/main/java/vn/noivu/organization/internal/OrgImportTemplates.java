package vn.noivu.organization.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.imports.CodeLabels;
import vn.noivu.platform.imports.ImportTemplate;
import vn.noivu.platform.imports.ImportTemplate.Column;

/**
 * The templates of the two organisation imports (docs/import-formats.md) and the names their coded
 * cells accept: a unit type or a restructuring kind by its Vietnamese name as well as by its code.
 */
@Configuration(proxyBeanMethods = false)
public class OrgImportTemplates {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    OrgImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** Unit types by code, with their Vietnamese names. */
    CodeLabels types() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(UnitType.values())
                .forEach(t -> names.put(t.name(), messages.getMessage("org.type." + t.name(), null, t.name(), VI)));
        return CodeLabels.of(names);
    }

    /** Restructuring kinds by code, with their Vietnamese names. */
    CodeLabels kinds() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(RestructuringKind.values())
                .forEach(k -> names.put(k.name(), messages.getMessage("org.kind." + k.name(), null, k.name(), VI)));
        return CodeLabels.of(names);
    }

    /** The decision behind a row, the same three columns in both imports. */
    private static final List<Column> DECISION = List.of(
            Column.of(
                    "legal_basis",
                    "Căn cứ",
                    "Số, ký hiệu quyết định",
                    true,
                    "Tối đa 500 ký tự",
                    "Quyết định 1234/QĐ-UBND"),
            Column.of(
                    "decision_date",
                    "Ngày quyết định",
                    "Ngày ký quyết định",
                    false,
                    "dd/MM/yyyy hoặc yyyy-MM-dd",
                    "15/02/2025"),
            Column.of(
                    "issuer",
                    "Cơ quan ban hành",
                    "Cơ quan ban hành quyết định",
                    false,
                    "Tối đa 500 ký tự",
                    "UBND thành phố Hà Nội"));

    /** {@code before}, the decision's columns, then {@code after}. */
    private static List<Column> columns(List<Column> before, List<Column> after) {
        List<Column> all = new java.util.ArrayList<>(before);
        all.addAll(DECISION);
        all.addAll(after);
        return List.copyOf(all);
    }

    @Bean
    ImportTemplate orgUnitsTemplate() {
        return ImportTemplate.of(
                "organization",
                "units",
                "Đơn vị (mỗi dòng một phiên bản)",
                columns(
                        List.of(
                                Column.of(
                                        "code",
                                        "Mã đơn vị",
                                        "Mã của cơ quan, tổ chức, đơn vị",
                                        true,
                                        "Chữ, số, dấu chấm, gạch; tối đa 64 ký tự",
                                        "UBND.01.SNV"),
                                Column.of(
                                        "name",
                                        "Tên đơn vị",
                                        "Tên đầy đủ của phiên bản",
                                        true,
                                        "Tối đa 500 ký tự",
                                        "Sở Nội vụ thành phố Hà Nội"),
                                Column.of(
                                        "short_name",
                                        "Tên viết tắt",
                                        "Tên ngắn",
                                        false,
                                        "Tối đa 200 ký tự",
                                        "Sở Nội vụ"),
                                Column.coded(
                                        "type",
                                        "Loại đơn vị",
                                        "Loại cơ quan, tổ chức theo danh mục",
                                        true,
                                        "Sở và tương đương (tổ chức chuyên môn cấp tỉnh)",
                                        this::types),
                                Column.of(
                                        "parent_code",
                                        "Mã đơn vị cấp trên",
                                        "Mã của đơn vị trực tiếp quản lý (để trống với cơ quan cấp cao nhất)",
                                        true,
                                        "Mã đơn vị",
                                        "UBND.01"),
                                Column.of(
                                        "admin_unit_code",
                                        "Mã đơn vị hành chính",
                                        "Mã GSO của tỉnh/xã nơi đơn vị đặt trụ sở",
                                        false,
                                        "Mã GSO",
                                        "01"),
                                Column.of(
                                        "autonomy_group",
                                        "Nhóm tự chủ",
                                        "Nhóm tự chủ tài chính của đơn vị sự nghiệp công lập",
                                        false,
                                        "Số từ 1 đến 4",
                                        "2"),
                                Column.of(
                                        "valid_from",
                                        "Hiệu lực từ",
                                        "Ngày phiên bản có hiệu lực",
                                        true,
                                        "dd/MM/yyyy hoặc yyyy-MM-dd",
                                        "01/03/2025"),
                                Column.of(
                                        "valid_to",
                                        "Hiệu lực đến",
                                        "Ngày phiên bản hết hiệu lực (để trống nếu còn hiệu lực)",
                                        false,
                                        "dd/MM/yyyy hoặc yyyy-MM-dd",
                                        "")),
                        List.of()));
    }

    @Bean
    ImportTemplate orgRestructuringsTemplate() {
        return ImportTemplate.of(
                "organization",
                "restructurings",
                "Sắp xếp tổ chức (mỗi dòng một lần sắp xếp)",
                columns(
                        List.of(
                                Column.of(
                                        "effective_date",
                                        "Ngày hiệu lực",
                                        "Ngày sắp xếp có hiệu lực",
                                        true,
                                        "dd/MM/yyyy hoặc yyyy-MM-dd",
                                        "01/03/2025"),
                                Column.coded(
                                        "kind",
                                        "Hình thức sắp xếp",
                                        "Thành lập, hợp nhất, chia tách, giải thể, đổi tên, chuyển, đổi loại",
                                        true,
                                        "Hợp nhất, sáp nhập",
                                        this::kinds),
                                Column.of(
                                        "predecessor_codes",
                                        "Mã đơn vị trước sắp xếp",
                                        "Các mã cách nhau bởi dấu ;",
                                        true,
                                        "Mã đơn vị; mã đơn vị",
                                        "UBND.01.SLDTBXH;UBND.01.SNV"),
                                Column.of(
                                        "successor_codes",
                                        "Mã đơn vị sau sắp xếp",
                                        "Các mã cách nhau bởi dấu ;",
                                        true,
                                        "Mã đơn vị; mã đơn vị",
                                        "UBND.01.SNV"),
                                Column.of(
                                        "name",
                                        "Tên đơn vị sau sắp xếp",
                                        "Một tên, hoặc mỗi đơn vị sau một tên cách nhau bởi dấu ;",
                                        false,
                                        "Tối đa 500 ký tự mỗi tên",
                                        "Sở Nội vụ thành phố Hà Nội"),
                                Column.of("short_name", "Tên viết tắt", "Như cột tên", false, "Tối đa 200 ký tự", ""),
                                Column.coded(
                                        "type",
                                        "Loại đơn vị",
                                        "Loại của đơn vị sau sắp xếp (nếu đổi)",
                                        false,
                                        "Sở và tương đương (tổ chức chuyên môn cấp tỉnh)",
                                        this::types),
                                Column.of(
                                        "parent_code",
                                        "Mã đơn vị cấp trên",
                                        "Đơn vị quản lý của đơn vị sau sắp xếp (nếu đổi)",
                                        false,
                                        "Mã đơn vị",
                                        "UBND.01"),
                                Column.of(
                                        "admin_unit_code",
                                        "Mã đơn vị hành chính",
                                        "Mã GSO nơi đặt trụ sở (nếu đổi)",
                                        false,
                                        "Mã GSO",
                                        ""),
                                Column.of(
                                        "autonomy_group",
                                        "Nhóm tự chủ",
                                        "Nhóm tự chủ của đơn vị sự nghiệp (nếu đổi)",
                                        false,
                                        "Số từ 1 đến 4",
                                        "")),
                        List.of(Column.of("note", "Ghi chú", "Ghi chú", false, "Tối đa 2000 ký tự", ""))));
    }
}
