package vn.noivu.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.personnel.internal.document.SheetExport;
import vn.noivu.personnel.internal.exit.StreamliningExits;

/** The streamlining-exit report (counts by regime, province, category, month) and its XLSX export. */
@Controller
@RequestMapping("/personnel")
class StreamliningPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StreamliningExits exits;
    private final SheetExport export;
    private final MessageSource messages;

    StreamliningPages(StreamliningExits exits, SheetExport export, MessageSource messages) {
        this.exits = exits;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/streamlining")
    String report(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        StreamliningExits.Report report = exits.report(scope, from, to);
        model.addAttribute("report", report);
        model.addAttribute("exits", exits.exits(scope, report.from(), report.to()));
        model.addAttribute("scope", scope);
        return "personnel/streamlining";
    }

    @GetMapping("/streamlining.xlsx")
    void xlsx(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        List<StreamliningExits.Exit> rows = exits.exits(scope, from, to);
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"streamlining-exits-" + LocalDate.now() + ".xlsx\"");
        export.write(
                "streamlining-exits",
                "scope=" + scope + " from=" + from + " to=" + to,
                List.of(
                        col("personnel.col.name", StreamliningExits.Exit::fullName),
                        col("personnel.exit.col.regime", x -> message("personnel.exit.regime." + x.regime())),
                        col("personnel.exit.col.date", StreamliningExits.Exit::exitDate),
                        col("personnel.exit.col.decision", StreamliningExits.Exit::decisionNo),
                        col("personnel.exit.col.decisionDate", StreamliningExits.Exit::decisionDate),
                        col("personnel.col.unit", StreamliningExits.Exit::orgCode),
                        col("personnel.col.province", StreamliningExits.Exit::provinceCode),
                        col("personnel.col.category", x -> message("personnel.category." + x.staffCategory())),
                        col("personnel.exit.col.allowance", StreamliningExits.Exit::allowanceAmount),
                        col("personnel.exit.col.other", StreamliningExits.Exit::otherAmount),
                        col("personnel.exit.col.reEmployed", StreamliningExits.Exit::reEmployedOn)),
                rows,
                response.getOutputStream());
    }

    private <T> SheetExport.Column<T> col(String key, Function<T, Object> value) {
        return new SheetExport.Column<>(message(key), value);
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
