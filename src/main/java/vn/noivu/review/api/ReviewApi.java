package vn.noivu.review.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewDraft;
import vn.noivu.review.Reviews;

/** The annual review under {@code /api/v1/review}: figures, the document, drafts and their approval. */
@RestController
@RequestMapping("/api/v1/review")
class ReviewApi {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    /**
     * The review of a scope (omitted: the caller's) and year (omitted: the latest with quotas); with
     * {@code recast=true} the national rankings compare today's provinces instead of those of the year.
     */
    @GetMapping
    Review review(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(defaultValue = "false") boolean recast) {
        return reviews.review(scope, year, baselineYear, recast);
    }

    /**
     * The same review as an administrative report (NĐ 30/2020/NĐ-CP): a DOCX, or with {@code format=pdf}
     * the same layout as a PDF.
     */
    @GetMapping("/document")
    ResponseEntity<byte[]> document(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(required = false) String format)
            throws IOException {
        boolean pdf = "pdf".equalsIgnoreCase(format == null ? "" : format.trim());
        if (!pdf && format != null && !format.isBlank() && !"docx".equalsIgnoreCase(format.trim())) {
            throw new BusinessRuleException("format", "review.document.format", new Object[] {format});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        if (pdf) {
            reviews.pdf(scope, year, baselineYear, out);
        } else {
            reviews.document(scope, year, baselineYear, out);
        }
        String name = "bao-cao-tong-ket-"
                + (scope == null || scope.isBlank() ? "toan-quoc" : scope.replaceAll("[^A-Za-z0-9.-]", "_")) + "-"
                + (year == null ? "" : year) + (pdf ? ".pdf" : ".docx");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /** The versions of a review's draft, newest first. */
    @GetMapping("/drafts")
    List<ReviewDraft> drafts(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer baselineYear) {
        return reviews.drafts(scope, year, baselineYear);
    }

    /** Saves the narrative per section as a new version. */
    @PostMapping("/drafts")
    ResponseEntity<ReviewDraft> save(@RequestBody ReviewDraft.Request request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.saveDraft(request));
    }

    /** Approves the latest version (an APPROVER other than its drafter): its figures are frozen. */
    @PostMapping("/drafts/{id}/approve")
    ReviewDraft approve(@PathVariable long id) {
        return reviews.approve(id);
    }
}
