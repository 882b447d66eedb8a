package vn.noivu.platform.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.NotFoundException;

/**
 * What every import page shares: the templates to download, and the module's import history (a
 * fragment each import page loads, refreshed after each upload) with its XLSX export.
 */
@Controller
class ImportPages {

    private final ImportTemplates templates;
    private final ImportHistory history;
    private final TableExports exports;
    private final MessageSource messages;
    private final Formats fmt;
    private final Scopes scopes;

    ImportPages(
            ImportTemplates templates,
            ImportHistory history,
            TableExports exports,
            MessageSource messages,
            Formats fmt,
            Scopes scopes) {
        this.templates = templates;
        this.history = history;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
        this.scopes = scopes;
    }

    /** The template of an import: XLSX with Vietnamese headers, instructions and drop-down lists. */
    @GetMapping("/imports/templates/{module}/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String module, @PathVariable String kind) {
        ImportTemplate template =
                templates.find(module, kind).orElseThrow(() -> new NotFoundException("import-template", kind));
        return ResponseEntity.ok()
                .contentType(TableExports.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-nhap-" + module + "-" + kind + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(templates.xlsx(template));
    }

    /** The history of a module's imports, as the fragment its import page shows. */
    @GetMapping("/imports/history")
    String history(@RequestParam String module, @RequestParam(required = false) String scope, Model model) {
        model.addAttribute("module", module);
        model.addAttribute("scope", scope == null ? "" : scope);
        List<ImportHistory.Entry> entries = history.recent(module, within(scope), 50);
        model.addAttribute("entries", entries);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        entries.forEach(e -> names.computeIfAbsent(e.kind(), k -> kindName(e.module(), k)));
        model.addAttribute("kindNames", names);
        return "platform/imports :: history";
    }

    @GetMapping("/imports/history/export")
    ResponseEntity<byte[]> export(
            @RequestParam String module,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "xlsx") String format) {
        UserScope within = within(scope);
        String title = msg("import.history.title") + " — " + moduleName(module);
        ReportTable.Builder t = ReportTable.builder(title)
                .sheet(msg("import.history.title"))
                .scope(within.isNational() ? msg("scope.national") : scopes.nameOf(within.code()))
                .period("")
                .source("NoiVu")
                .column(Column.text(msg("import.history.when"), 18))
                .column(Column.text(msg("import.history.kind"), 30))
                .column(Column.text(msg("import.history.file"), 36))
                .column(Column.integer(msg("import.history.rows")))
                .column(Column.text(msg("import.history.outcome"), 18))
                .column(Column.integer(msg("import.history.errors")))
                .column(Column.integer(msg("import.history.warnings")))
                .column(Column.text(msg("import.history.actor"), 18));
        for (ImportHistory.Entry e : history.recent(module, within, ImportHistory.MAX_LINES)) {
            t.row(
                    fmt.date(e.importedAt()),
                    kindName(e.module(), e.kind()),
                    e.filename(),
                    e.rows(),
                    msg(e.applied() ? "import.history.applied" : "import.history.refused"),
                    e.errors(),
                    e.warnings(),
                    e.actor());
        }
        return exports.download(format, "lich-su-nhap-" + module, "platform.import_history", t.build());
    }

    /** The part of the user's scope picked ({@code scope}, a unit code), never more than the user's own. */
    private UserScope within(String scope) {
        UserScope user = CurrentUser.scope();
        if (scope == null || scope.isBlank()) {
            return user;
        }
        UserScope picked = scopes.resolve(scope.strip());
        return user.includes(picked.path()) ? picked : user;
    }

    private String moduleName(String module) {
        return messages.getMessage("import.module." + module, null, module, LocaleContextHolder.getLocale());
    }

    /** The import's kind as its template names it. */
    String kindName(String module, String kind) {
        return templates
                .find(module, kind)
                .map(ImportTemplate::title)
                .orElseGet(() -> messages.getMessage(
                        "import.kind." + module + "." + kind, null, kind, LocaleContextHolder.getLocale()));
    }

    private String msg(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
