package vn.noivu.reward.api;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.reward.Award;
import vn.noivu.reward.AwardRequest;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.DisciplineRequest;
import vn.noivu.reward.Eligibility;
import vn.noivu.reward.EligibilityRequest;
import vn.noivu.reward.Initiative;
import vn.noivu.reward.InitiativeRequest;
import vn.noivu.reward.RatingRequest;
import vn.noivu.reward.Rewards;

/** Emulation and commendation API (docs/reward-api.md): catalogue, registry, inputs, eligibility. */
@RestController
@RequestMapping("/api/v1/rewards")
class RewardsApi {

    private final Rewards rewards;

    private final Uploads uploads;

    RewardsApi(Rewards rewards, Uploads uploads) {
        this.rewards = rewards;
        this.uploads = uploads;
    }

    @GetMapping("/catalogue")
    List<CatalogueEntry> catalogue() {
        return rewards.catalogue();
    }

    @GetMapping("/awards")
    List<Award> awards(@RequestParam(required = false) Long personId, @RequestParam(required = false) String orgCode) {
        return rewards.awards(personId, orgCode);
    }

    @PostMapping("/awards")
    @ResponseStatus(HttpStatus.CREATED)
    Award award(@RequestBody AwardRequest request) {
        return rewards.recordAward(request);
    }

    @PostMapping("/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Initiative initiative(@RequestBody InitiativeRequest request) {
        return rewards.recordInitiative(request);
    }

    /** The year's rating of a person: the module's own input until personnel publishes ratings. */
    @PutMapping("/ratings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rating(@RequestBody RatingRequest request) {
        rewards.recordRating(request);
    }

    /** A disciplinary measure: the module's own input until personnel publishes discipline. */
    @PostMapping("/disciplines")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discipline(@RequestBody DisciplineRequest request) {
        rewards.recordDiscipline(request);
    }

    /** Imports awards or initiatives (CSV or XLSX): 200 when applied, 422 with the errors by row. */
    @PostMapping("/imports")
    ImportResult importFile(@RequestParam("file") MultipartFile file, @RequestParam("kind") String kind) {
        // The platform reads the upload within its limits and refuses an unreadable file alike for
        // every module (format, encoding, size, rows, concurrent imports).
        return uploads.importFile(
                "reward",
                kind,
                file,
                uploads.limits("rewards", Rewards.MAX_IMPORT_ROWS),
                table -> rewards.importFile(kind, file.getOriginalFilename(), table));
    }

    /** Eligibility for a title; a read POSTed with a body, open to the roles that prepare nominations. */
    @PostMapping("/eligibility")
    Eligibility eligibility(@RequestBody EligibilityRequest request) {
        return rewards.eligibility(request);
    }

    /** The certificate (Giấy khen, Bằng khen) of an award, printed to PDF. */
    @GetMapping("/awards/{id}/certificate.pdf")
    ResponseEntity<StreamingResponseBody> certificate(@PathVariable long id) {
        // Written to memory first: a refusal (a title, a revoked award) must still answer as ProblemDetail.
        var pdf = new java.io.ByteArrayOutputStream();
        rewards.writeCertificate(id, pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"khen-thuong-" + id + ".pdf\"")
                .body(out -> pdf.writeTo(out));
    }

    /** Awards and bonus paid per year and unit of the caller's scope. */
    @GetMapping("/statistics/bonus")
    List<vn.noivu.reward.BonusTotal> bonusTotals(@RequestParam(required = false) Integer year) {
        return rewards.bonusTotals(year);
    }

    /**
     * Eligibility of every member of a unit's subtree ({@code {"orgCode", "title", "year"}}) for an
     * individual title: counts, the eligible people and the conditions that failed.
     */
    @PostMapping("/eligibility/members")
    vn.noivu.reward.EligibilitySummary eligibilityOfMembers(@RequestBody EligibilityRequest request) {
        return rewards.eligibilityOfMembers(request);
    }
}
