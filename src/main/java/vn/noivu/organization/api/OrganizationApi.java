package vn.noivu.organization.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.LegalBasis;
import vn.noivu.organization.internal.OrgClock;
import vn.noivu.organization.internal.OrgExport;
import vn.noivu.organization.internal.OrgImports;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.organization.internal.RestructuringCommand;
import vn.noivu.organization.internal.RestructuringKind;
import vn.noivu.organization.internal.Restructurings;
import vn.noivu.organization.internal.ScopeSelection;
import vn.noivu.organization.internal.UnitType;
import vn.noivu.organization.internal.Version;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Organisations API: units as of a date, counts, changes between two dates, lineage, imports,
 * restructurings and plans. Every answer is limited to the caller's scope; out-of-scope units look
 * absent (404) and out-of-scope writes are refused (403).
 */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

    private final OrgQueries queries;
    private final ChangeStatistics statistics;
    private final ScopeSelection scopes;
    private final OrgImports imports;
    private final vn.noivu.platform.imports.Uploads uploads;
    private final OrgExport export;
    private final Restructurings restructurings;

    OrganizationApi(
            OrgQueries queries,
            ChangeStatistics statistics,
            ScopeSelection scopes,
            OrgImports imports,
            vn.noivu.platform.imports.Uploads uploads,
            OrgExport export,
            Restructurings restructurings) {
        this.queries = queries;
        this.statistics = statistics;
        this.scopes = scopes;
        this.imports = imports;
        this.uploads = uploads;
        this.export = export;
        this.restructurings = restructurings;
    }

    /** A unit as of a date, with its tier. */
    record Unit(
            String code,
            String name,
            String shortName,
            String type,
            String tier,
            String parentCode,
            String adminUnitCode,
            String provinceCode,
            Integer autonomyGroup,
            String path,
            LocalDate validFrom,
            LocalDate validTo) {

        static Unit of(OrgQueries.Row row) {
            OrgUnitView v = row.view();
            return new Unit(
                    v.code(),
                    v.name(),
                    v.shortName(),
                    v.type(),
                    row.tier(),
                    v.parentCode(),
                    v.adminUnitCode(),
                    v.provinceCode(),
                    v.autonomyGroup(),
                    v.path(),
                    v.validFrom(),
                    v.validTo());
        }
    }

    @GetMapping
    List<Unit> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String parentCode,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String scope) {
        if (type != null && !type.isBlank() && UnitType.parse(type).isEmpty()) {
            throw new BusinessRuleException("org.error.unknownType", type);
        }
        return queries.list(day(asOf), blankToNull(parentCode), blankToNull(type), scopes.resolve(scope)).stream()
                .map(Unit::of)
                .toList();
    }

    record Count(String type, int count) {}

    record Summary(LocalDate asOf, String scope, List<Count> counts, int total) {}

    @GetMapping("/summary")
    Summary summary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope) {
        UserScope s = scopes.resolve(scope);
        LocalDate d = day(asOf);
        List<Count> counts = queries.countsByType(d, s).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
        return new Summary(
                d, s.code(), counts, counts.stream().mapToInt(Count::count).sum());
    }

    record Figure(
            String tier,
            String type,
            int before,
            int after,
            int created,
            int abolished,
            int merged,
            int split,
            int dissolved,
            int reclassifiedIn,
            int reclassifiedOut,
            int net) {

        static Figure of(ChangeStatistics.Line l) {
            return new Figure(
                    l.tier(),
                    l.type(),
                    l.before(),
                    l.after(),
                    l.created(),
                    l.abolished(),
                    l.merged(),
                    l.split(),
                    l.dissolved(),
                    l.reclassifiedIn(),
                    l.reclassifiedOut(),
                    l.net());
        }
    }

    record Changes(
            LocalDate from,
            LocalDate to,
            String scope,
            List<Figure> types,
            List<Figure> byTierAndType,
            Figure total,
            List<ChangeStatistics.Record> records) {}

    @GetMapping("/changes")
    Changes changes(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "1000") int limit) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "org.changes.order", new Object[0]);
        }
        UserScope s = scopes.resolve(scope);
        var figures = statistics.between(from, to, s);
        return new Changes(
                from,
                to,
                s.code(),
                figures.byType().stream().map(Figure::of).toList(),
                figures.byTierAndType().stream().map(Figure::of).toList(),
                Figure.of(figures.total()),
                statistics.records(from, to, s, Math.max(0, Math.min(limit, 10_000))));
    }

    @GetMapping("/changes/units")
    List<ChangeStatistics.Unit> changeUnits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String measure,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String type) {
        return statistics.units(from, to, scopes.resolve(scope), blankToNull(tier), blankToNull(type), measure);
    }

    @GetMapping("/{code}")
    Unit unit(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = day(asOf);
        return queries.history(code, CurrentUser.scope()).stream()
                .filter(r -> r.view().validFrom().compareTo(d) <= 0
                        && (r.view().validTo() == null || r.view().validTo().isAfter(d)))
                .findFirst()
                .map(Unit::of)
                .orElseThrow(() -> new NotFoundException("organization", code));
    }

    @GetMapping("/{code}/history")
    List<Unit> history(@PathVariable String code) {
        List<Unit> versions = queries.history(code, CurrentUser.scope()).stream()
                .map(Unit::of)
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("organization", code);
        }
        return versions;
    }

    record Lineage(String code, List<OrgQueries.Edge> edges) {}

    @GetMapping("/{code}/lineage")
    Lineage lineage(@PathVariable String code) {
        UserScope scope = CurrentUser.scope();
        if (queries.pathOf(code).filter(scope::includes).isEmpty()) {
            throw new NotFoundException("organization", code);
        }
        List<OrgQueries.Edge> edges = queries.lineage(code).stream()
                .filter(e -> inScope(e.predecessorCode(), scope) && inScope(e.successorCode(), scope))
                .toList();
        return new Lineage(code, edges);
    }

    private boolean inScope(String code, UserScope scope) {
        return queries.pathOf(code).filter(scope::includes).isPresent();
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope) {
        LocalDate d = day(asOf);
        UserScope s = scopes.resolve(scope);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("to-chuc-" + (s.code() == null ? "toan-quoc" : s.code()) + "-" + d + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(export.xlsx(d, s));
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(
            @RequestPart(name = "file", required = false) MultipartFile file, @RequestParam("kind") String kind) {
        return uploads.importFile(
                "organization",
                kind,
                file,
                OrgImports.limits(uploads, kind),
                table -> imports.importFile(kind, file.getOriginalFilename(), table));
    }

    // ------------------------------------------------------------------------- restructurings

    /** A successor unit in a request: attributes left null are inherited or unchanged. */
    record SuccessorRequest(
            String code,
            String name,
            String shortName,
            String type,
            String parentCode,
            String adminUnitCode,
            Integer autonomyGroup) {}

    record RestructuringRequest(
            String kind,
            LocalDate effectiveDate,
            List<String> predecessors,
            List<SuccessorRequest> successors,
            String legalBasis,
            LocalDate decisionDate,
            String issuer,
            String note) {

        RestructuringCommand command() {
            RestructuringKind k = RestructuringKind.parse(kind)
                    .orElseThrow(() -> new BusinessRuleException("kind", "org.error.unknownKind", new Object[] {kind}));
            if (effectiveDate == null) {
                throw new BusinessRuleException("effectiveDate", "org.import.required", new Object[0]);
            }
            if (legalBasis == null || legalBasis.isBlank()) {
                throw new BusinessRuleException("legalBasis", "org.import.required", new Object[0]);
            }
            List<RestructuringCommand.Successor> succs = new ArrayList<>();
            for (SuccessorRequest s : successors == null ? List.<SuccessorRequest>of() : successors) {
                UnitType type = null;
                if (s.type() != null && !s.type().isBlank()) {
                    type = UnitType.parse(s.type())
                            .orElseThrow(() -> new BusinessRuleException(
                                    "type", "org.error.unknownType", new Object[] {s.type()}));
                }
                succs.add(new RestructuringCommand.Successor(
                        upper(s.code()),
                        new Version.Attributes(
                                blankToNull(s.name()),
                                blankToNull(s.shortName()),
                                type,
                                upper(s.parentCode()),
                                blankToNull(s.adminUnitCode()),
                                s.autonomyGroup())));
            }
            return new RestructuringCommand(
                    k,
                    effectiveDate,
                    (predecessors == null ? List.<String>of() : predecessors)
                            .stream().map(OrganizationApi::upper).toList(),
                    succs,
                    new LegalBasis(legalBasis.trim(), decisionDate, blankToNull(issuer)),
                    blankToNull(note));
        }
    }

    record Created(long id) {}

    @PostMapping("/restructurings")
    ResponseEntity<Created> restructure(@RequestBody RestructuringRequest request) {
        long id = restructurings.apply(request.command());
        return ResponseEntity.status(201).body(new Created(id));
    }

    @GetMapping("/restructurings/{id}")
    ChangeStatistics.Record restructuring(@PathVariable long id) {
        ChangeStatistics.Record r = statistics.record(id).orElseThrow(() -> new NotFoundException("restructuring", id));
        UserScope scope = CurrentUser.scope();
        boolean visible = java.util.stream.Stream.concat(r.predecessors().stream(), r.successors().stream())
                .anyMatch(c -> inScope(c, scope));
        if (!visible) {
            throw new NotFoundException("restructuring", id);
        }
        return r;
    }

    record PlanRequest(
            String title,
            String legalBasis,
            LocalDate decisionDate,
            String issuer,
            String note,
            List<RestructuringRequest> changes) {}

    @PostMapping("/plans")
    ResponseEntity<Created> propose(@RequestBody PlanRequest request) {
        List<RestructuringCommand> commands = (request.changes() == null
                        ? List.<RestructuringRequest>of()
                        : request.changes())
                .stream().map(RestructuringRequest::command).toList();
        long id = restructurings.propose(
                request.title(),
                new LegalBasis(
                        blankToNull(request.legalBasis()), request.decisionDate(), blankToNull(request.issuer())),
                blankToNull(request.note()),
                commands);
        return ResponseEntity.status(201).body(new Created(id));
    }

    @GetMapping("/plans")
    List<Restructurings.Plan> plans() {
        return restructurings.plans();
    }

    @GetMapping("/plans/{id}")
    Map<String, Object> plan(@PathVariable long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        Restructurings.Plan plan = restructurings.plan(id);
        body.put("plan", plan);
        body.put("status", plan.shownStatus());
        body.put("changes", restructurings.planChanges(id));
        return body;
    }

    record PreviewAnswer(
            LocalDate before,
            LocalDate after,
            List<Unit> tree,
            List<Figure> types,
            Figure total,
            List<String> problems) {}

    @GetMapping("/plans/{id}/preview")
    PreviewAnswer preview(@PathVariable long id) {
        Restructurings.Preview p = restructurings.preview(id);
        return new PreviewAnswer(
                p.before(),
                p.after(),
                p.tree().stream().map(Unit::of).toList(),
                p.figures() == null
                        ? List.of()
                        : p.figures().byType().stream().map(Figure::of).toList(),
                p.figures() == null ? null : Figure.of(p.figures().total()),
                p.problems());
    }

    @PostMapping("/plans/{id}/approve")
    Map<String, Object> approve(@PathVariable long id) {
        restructurings.approve(id);
        return plan(id);
    }

    @PostMapping("/plans/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        restructurings.reject(id);
        return plan(id);
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? OrgClock.today() : asOf;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }
}
