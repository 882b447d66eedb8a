package vn.noivu.platform.audit;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Formats;

/**
 * The audit log page's table as a file ({@code /admin/audit?…&format=xlsx|csv|csv-excel}): the rows the
 * filter selects in the administrator's scope, up to {@link #MAX_ROWS}, each action by its name where
 * the messages have one, each change one line per field ("field: before → after", codes by their
 * names, dates dd/MM/yyyy), and the states as stored in the last column for programs.
 */
@Controller
class AuditExport {

    static final int MAX_ROWS = 10_000;

    private final AuditLog audit;
    private final TableExports exports;
    private final MessageSource messages;
    private final Formats fmt;
    private final AuditChanges changes;

    AuditExport(AuditLog audit, TableExports exports, MessageSource messages, Formats fmt, AuditChanges changes) {
        this.changes = changes;
        this.audit = audit;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(value = "/admin/audit", params = "format")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilter filter, @RequestParam String format) {
        UserScope scope = CurrentUser.scope();
        AuditFilter all = new AuditFilter(
                filter.actor(),
                filter.action(),
                filter.entity(),
                filter.entityId(),
                filter.from(),
                filter.to(),
                0,
                MAX_ROWS);
        List<AuditEntry> entries = audit.find(all, scope);
        String period = (filter.from() == null ? "…" : fmt.date(filter.from())) + " → "
                + (filter.to() == null ? "…" : fmt.date(filter.to()));
        ReportTable.Builder t = ReportTable.builder(msg("audit.title", "audit.title"))
                .sheet(msg("audit.title", "audit.title"))
                .scope(scope.isNational() ? msg("export.national", "") : scope.code())
                .period(period)
                .source(msg("export.source.audit", ""))
                .column(Column.text(msg("audit.time", "audit.time"), 20))
                .column(Column.text(msg("audit.actor", "audit.actor"), 18))
                .column(Column.text(msg("audit.action", "audit.action"), 28))
                .column(Column.text(msg("audit.entity", "audit.entity"), 28))
                .column(Column.text(msg("audit.entityId", "audit.entityId"), 18))
                .column(Column.text(msg("audit.change", "audit.change"), 80))
                .column(Column.text(msg("audit.rawState", "audit.rawState"), 40));
        var labels = changes.labels();
        for (AuditEntry e : entries) {
            List<String> lines = new java.util.ArrayList<>();
            if (e.detail() != null) {
                lines.add(e.detail());
            }
            lines.addAll(changes.lines(e.beforeState(), e.afterState(), labels));
            // For programs: the states as stored, in the last column.
            String raw = e.beforeState() == null && e.afterState() == null
                    ? null
                    : "{\"before\":" + e.beforeState() + ",\"after\":" + e.afterState() + "}";
            t.row(
                    fmt.date(e.occurredAt()),
                    e.actor(),
                    msg("audit.action." + e.action(), e.action()),
                    e.entity() == null ? null : msg("audit.entity." + e.entity(), e.entity()),
                    e.entityId(),
                    String.join("\n", lines),
                    raw);
        }
        return exports.download(format, "nhat-ky", "platform.audit", t.build());
    }

    private String msg(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
