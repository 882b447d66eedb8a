package vn.noivu.personnel.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.personnel.internal.exit.ExitCommand;
import vn.noivu.personnel.internal.exit.StreamliningExits;

/** Exits under the restructuring's regimes (tinh giản biên chế): recording one, the list and the report. */
@RestController
class StreamliningApi {

    private final StreamliningExits exits;

    StreamliningApi(StreamliningExits exits) {
        this.exits = exits;
    }

    @PostMapping("/api/v1/people/{id}/streamlining-exits")
    ResponseEntity<StreamliningExits.Exit> record(@PathVariable long id, @Valid @RequestBody ExitCommand command) {
        StreamliningExits.Exit saved = exits.record(id, command);
        return ResponseEntity.created(URI.create("/api/v1/personnel/streamlining-exits?scope=" + saved.orgCode()))
                .body(saved);
    }

    /** The exits of a period (exit dates inclusive) in the scope, each flagged if re-employed within 60 months. */
    @GetMapping("/api/v1/personnel/streamlining-exits")
    List<StreamliningExits.Exit> list(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exits.exits(scope, from, to);
    }

    /** Counts by regime, province, staff category and month. */
    @GetMapping("/api/v1/personnel/streamlining-exits/report")
    StreamliningExits.Report report(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exits.report(scope, from, to);
    }
}
