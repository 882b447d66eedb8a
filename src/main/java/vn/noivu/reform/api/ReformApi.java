package vn.noivu.reform.api;

import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reform.Appraisal;
import vn.noivu.reform.Assessment;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Evidence;
import vn.noivu.reform.Method;
import vn.noivu.reform.RankedUnit;
import vn.noivu.reform.Reform;
import vn.noivu.reform.SelfScore;
import vn.noivu.reform.TrendPoint;

/** The administrative reform index API (docs/reform-imports.md): imports, rankings, assessments. */
@RestController
@RequestMapping("/api/v1/reform")
class ReformApi {

    /** Opening a unit's assessment of a year. */
    record OpenRequest(Integer year, String set, String scope, String unitCode) {}

    /** The evaluator's request for more evidence. */
    record EvidenceRequest(String message) {}

    private final Reform reform;
    private final Uploads uploads;

    ReformApi(Reform reform, Uploads uploads) {
        this.reform = reform;
        this.uploads = uploads;
    }

    /** Imports a method, survey/measured scores or a published table: 200 applied, 422 with errors by row. */
    @PostMapping("/imports")
    ImportResult importFile(@RequestParam("file") MultipartFile file, @RequestParam("kind") String kind) {
        return uploads.importFile(
                "reform",
                kind,
                file,
                uploads.limits("reform", Reform.MAX_IMPORT_ROWS),
                table -> reform.importFile(kind, file.getOriginalFilename(), table));
    }

    /**
     * A year's ranking. {@code scope}: the province for DEPARTMENTS and COMMUNES (default: the user's
     * own); for PROVINCES optionally a region code, to list that region only.
     */
    @GetMapping("/rankings")
    List<RankingRow> rankings(
            @RequestParam int year, @RequestParam String set, @RequestParam(required = false) String scope) {
        EvaluatedSet s = reform.set(set);
        List<RankedUnit> ranking = reform.ranking(year, s, reform.owner(s, scope));
        boolean region = s == EvaluatedSet.PROVINCES && scope != null && !scope.isBlank();
        return ranking.stream()
                .filter(r -> !region || scope.trim().equals(r.regionCode()))
                .map(RankingRow::of)
                .toList();
    }

    @GetMapping("/trend")
    List<TrendPoint> trend(
            @RequestParam String set, @RequestParam(required = false) String scope, @RequestParam String unitCode) {
        EvaluatedSet s = reform.set(set);
        return reform.trend(s, reform.owner(s, scope), unitCode);
    }

    @GetMapping("/methods")
    Method method(@RequestParam int year, @RequestParam String set, @RequestParam(required = false) String scope) {
        EvaluatedSet s = reform.set(set);
        return reform.method(year, s, reform.owner(s, scope)).orElseThrow(() -> new NotFoundException("method", year));
    }

    /** The method in its import format (CSV or XLSX), to edit and import again. */
    @GetMapping("/methods/export")
    void exportMethod(
            @RequestParam int year,
            @RequestParam String set,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "csv") String format,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        Method m = method(year, set, scope);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        response.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("bo-tieu-chi-" + m.set().name().toLowerCase(java.util.Locale.ROOT) + "-" + year
                                + (xlsx ? ".xlsx" : ".csv"))
                        .build()
                        .toString());
        reform.exportMethod(m, xlsx, response.getOutputStream());
    }

    /** Opens (creating as a draft the first time) the unit's assessment of the year. */
    @PostMapping("/assessments")
    Assessment open(@RequestBody OpenRequest request) {
        if (request.year() == null) {
            throw new BusinessRuleException("year", "reform.assessment.yearRequired", new Object[0]);
        }
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new BusinessRuleException("unitCode", "reform.assessment.unitRequired", new Object[0]);
        }
        EvaluatedSet s = reform.set(request.set());
        return reform.openAssessment(
                request.year(),
                s,
                reform.owner(s, request.scope()),
                request.unitCode().trim());
    }

    @GetMapping("/assessments/{id}")
    Assessment assessment(@PathVariable long id) {
        return reform.assessment(id);
    }

    @PutMapping("/assessments/{id}/items/{criterion}")
    Assessment selfScore(@PathVariable long id, @PathVariable String criterion, @RequestBody SelfScore score) {
        return reform.selfScore(id, criterion, score);
    }

    @PostMapping("/assessments/{id}/items/{criterion}/files")
    Evidence attach(@PathVariable long id, @PathVariable String criterion, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > vn.noivu.reform.internal.Assessments.MAX_FILE_BYTES) {
            throw new BusinessRuleException("file", "reform.assessment.fileSize", new Object[] {10});
        }
        return reform.attach(id, criterion, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/assessments/{id}/files/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId) {
        Object[] f =
                reform.evidenceFile(id, evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body((byte[]) f[2]);
    }

    @PostMapping("/assessments/{id}/submit")
    Assessment submit(@PathVariable long id) {
        return reform.submit(id);
    }

    @PutMapping("/assessments/{id}/items/{criterion}/appraisal")
    Assessment appraise(@PathVariable long id, @PathVariable String criterion, @RequestBody Appraisal appraisal) {
        return reform.appraise(id, criterion, appraisal);
    }

    @PostMapping("/assessments/{id}/items/{criterion}/evidence-request")
    Assessment requestEvidence(
            @PathVariable long id, @PathVariable String criterion, @RequestBody EvidenceRequest body) {
        return reform.requestEvidence(id, criterion, body.message());
    }

    /** The evaluator's final decision on an appraisal: an approval (APPROVER, decision 007). */
    @PostMapping("/assessments/{id}/finalise")
    Assessment finalise(@PathVariable long id) {
        return reform.finalise(id);
    }
}
