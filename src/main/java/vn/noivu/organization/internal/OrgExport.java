package vn.noivu.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.UserScope;

/**
 * The organisation tree of a scope as of a date, as an XLSX workbook: sheet 1 has the units import
 * columns (so an export can be edited and imported back) plus tier, province and path; sheet 2 the
 * counts per type. Audited.
 */
@Service
public class OrgExport {

    public static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "short_name",
            "type",
            "parent_code",
            "admin_unit_code",
            "autonomy_group",
            "valid_from",
            "valid_to",
            "legal_basis",
            "decision_date",
            "issuer",
            "tier",
            "province_code",
            "path");

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final OrgQueries queries;
    private final MessageSource messages;
    private final AuditLog audit;

    OrgExport(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            OrgQueries queries,
            MessageSource messages,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public byte[] xlsx(LocalDate asOf, UserScope scope) {
        List<Object[]> rows = jdbc.sql("""
                        SELECT v.unit_code, v.name, v.short_name, v.type, v.parent_code, v.admin_unit_code,
                               v.autonomy_group, v.valid_from, v.valid_to, v.legal_basis, v.decision_date, v.issuer,
                               v.tier, v.province_code, u.path
                        FROM organization.unit u JOIN organization.unit_version v ON v.unit_code = u.code
                        WHERE u.path LIKE :scope AND v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)
                        ORDER BY u.path""")
                .param("scope", scope.likePattern())
                .param("d", java.sql.Date.valueOf(asOf))
                .query((rs, n) -> {
                    Object[] row = new Object[COLUMNS.size()];
                    for (int i = 0; i < row.length; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value instanceof java.sql.Date d
                                ? d.toLocalDate().toString()
                                : value;
                    }
                    return row;
                })
                .list();
        Map<String, Integer> counts = queries.countsByType(asOf, scope);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet units = wb.createSheet(text("org.export.sheet.units"));
            Row header = units.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (Object[] row : rows) {
                Row line = units.createRow(r++);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Number n) {
                        line.createCell(i).setCellValue(n.doubleValue());
                    } else if (row[i] != null) {
                        line.createCell(i).setCellValue(vn.noivu.platform.exports.SheetCells.fit(row[i].toString()));
                    }
                }
            }
            Sheet summary = wb.createSheet(text("org.export.sheet.summary"));
            Row h = summary.createRow(0);
            h.createCell(0).setCellValue(text("org.export.asOf"));
            h.createCell(1).setCellValue(asOf.toString());
            int s = 1;
            for (var e : counts.entrySet()) {
                Row line = summary.createRow(s++);
                line.createCell(0).setCellValue(e.getKey());
                line.createCell(1).setCellValue(text("org.type." + e.getKey()));
                line.createCell(2).setCellValue(e.getValue());
            }
            wb.write(out);
            wb.dispose();
            audit.record(
                    "EXPORT",
                    "organization",
                    scope.code() == null ? "national" : scope.code(),
                    null,
                    Map.of("asOf", asOf.toString(), "rows", rows.size()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
