package vn.noivu.adminunit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.adminunit.internal.AdminUnitImporter;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.Today;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * The administrative-unit API (JSON, HTTP Basic, ISO dates). Every signed-in user may read; only a
 * national EDITOR or ADMIN may import reference data.
 */
@RestController
@RequestMapping("/api/v1/admin-units")
class AdminUnitsApi {

    private final AdminUnits adminUnits;
    private final AdminUnitQueries queries;
    private final AdminUnitImporter importer;
    private final vn.noivu.platform.imports.Uploads uploads;

    AdminUnitsApi(
            AdminUnits adminUnits,
            AdminUnitQueries queries,
            AdminUnitImporter importer,
            vn.noivu.platform.imports.Uploads uploads) {
        this.uploads = uploads;
        this.adminUnits = adminUnits;
        this.queries = queries;
        this.importer = importer;
    }

    /** A unit version; every field present (null when empty) so clients see the agreed shape. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Unit(
            String code,
            String name,
            String fullName,
            String level,
            String type,
            String parentCode,
            LocalDate validFrom,
            LocalDate validTo) {
        static Unit of(AdminUnitView v) {
            return new Unit(
                    v.code(), v.name(), v.fullName(), v.level(), v.type(), v.parentCode(), v.validFrom(), v.validTo());
        }
    }

    @GetMapping
    List<Unit> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parentCode) {
        if (level != null && !level.isBlank() && !AdminUnitQueries.LEVELS.contains(level.trim())) {
            throw new BusinessRuleException("level", "adminunit.api.level", new Object[] {level});
        }
        return adminUnits.list(Today.orToday(asOf), level, parentCode).stream()
                .map(Unit::of)
                .toList();
    }

    @GetMapping("/summary")
    AdminUnitQueries.Summary summary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.summary(Today.orToday(asOf));
    }

    @GetMapping("/changes")
    AdminUnitQueries.Changes changes(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = Today.orToday(to);
        LocalDate start = from != null ? from : queries.coverageFrom();
        if (start == null) {
            start = end;
        }
        if (start.isAfter(end)) {
            throw new BusinessRuleException("from", "adminunit.api.fromAfterTo", new Object[] {start, end});
        }
        return queries.changes(start, end, true);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Lineage(
            Unit unit,
            List<AdminUnitQueries.LineageLink> predecessors,
            List<AdminUnitQueries.LineageLink> successors,
            List<Unit> versions,
            List<AdminUnitQueries.ChangeRecord> changes) {}

    @GetMapping("/{code}/lineage")
    Lineage lineage(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        AdminUnitQueries.UnitRef ref =
                queries.resolve(code, asOf).orElseThrow(() -> new NotFoundException("admin unit", code));
        return new Lineage(
                Unit.of(ref.version()),
                queries.predecessors(ref.unitId()),
                queries.successors(ref.unitId()),
                queries.versions(ref.unitId()).stream().map(Unit::of).toList(),
                queries.changesOf(ref.unitId()));
    }

    @GetMapping("/{code}")
    Unit unit(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return adminUnits
                .find(code, Today.orToday(asOf))
                .map(Unit::of)
                .orElseThrow(() -> new NotFoundException("admin unit", code));
    }

    @GetMapping("/search")
    List<AdminUnitQueries.SearchHit> search(
            @RequestParam String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "20") int limit) {
        return queries.search(q, Today.orToday(asOf), vn.noivu.shared.Paging.limit(limit, 100));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('EDITOR')")
    ImportResult importFile(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            @RequestParam(required = false) String legalBasis) {
        requireNational();
        if (file == null) {
            throw new BusinessRuleException("file", "adminunit.import.error.noFile", new Object[0]);
        }
        return importer.importUpload(uploads, file, kind, effectiveDate, legalBasis, LocaleContextHolder.getLocale());
    }

    /** The warnings an import was applied with, kept for review (empty for an unknown import). */
    @GetMapping("/imports/{id}/warnings")
    List<vn.noivu.platform.imports.ImportError> importWarnings(@PathVariable long id) {
        return importer.warnings(id);
    }

    /** Reference data belongs to the whole country: a provincial user may not change it. */
    static void requireNational() {
        if (!CurrentUser.scope().isNational()) {
            throw new OutOfScopeException("national administrative-unit reference data");
        }
    }
}
