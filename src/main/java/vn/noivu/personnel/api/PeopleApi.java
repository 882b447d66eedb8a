package vn.noivu.personnel.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.personnel.Salary;
import vn.noivu.personnel.internal.career.CareerEvent;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.person.Dossier;
import vn.noivu.personnel.internal.person.DossierParts;
import vn.noivu.personnel.internal.person.Dossiers;
import vn.noivu.personnel.internal.person.Profile;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.web.NotFoundException;

/**
 * People: list and search, look-up by personal ID number (POST, so the number never appears in a URL
 * or an access log), dossier, employment history, career events and salary. Everything is limited to
 * the caller's scope: a person outside it is answered 404 on reads, 403 on writes.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    private final Dossiers dossiers;
    private final Careers careers;
    private final PersonnelQueries queries;

    PeopleApi(Dossiers dossiers, Careers careers, PersonnelQueries queries) {
        this.dossiers = dossiers;
        this.careers = careers;
        this.queries = queries;
    }

    @GetMapping
    PersonnelQueries.Page list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String org,
            @RequestParam(required = false) String rank,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer ageFrom,
            @RequestParam(required = false) Integer ageTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.search(new PersonnelQueries.Criteria(
                q, org, rank, position, category, ageFrom, ageTo, asOf, page, Math.min(size, 500)));
    }

    record Lookup(@NotBlank String nationalId) {}

    record Found(long id) {}

    @PostMapping("/lookup")
    Found lookup(@Valid @RequestBody Lookup lookup) {
        return dossiers.lookup(lookup.nationalId())
                .map(Found::new)
                .orElseThrow(() -> new NotFoundException("person", "(ID number)"));
    }

    @PostMapping
    ResponseEntity<Found> create(@Valid @RequestBody Profile profile) {
        long id = dossiers.create(profile);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Found(id));
    }

    @GetMapping("/{id}")
    Dossier dossier(@PathVariable long id) {
        return dossiers.dossier(id);
    }

    @PutMapping("/{id}")
    Dossier update(@PathVariable long id, @Valid @RequestBody Profile profile) {
        dossiers.update(id, profile);
        return dossiers.dossier(id);
    }

    @PostMapping("/{id}/training")
    Map<String, Long> addTraining(@PathVariable long id, @Valid @RequestBody DossierParts.Training training) {
        return Map.of("id", dossiers.addTraining(id, training));
    }

    @PostMapping("/{id}/family")
    Map<String, Long> addFamily(@PathVariable long id, @Valid @RequestBody DossierParts.FamilyMember member) {
        return Map.of("id", dossiers.addFamilyMember(id, member));
    }

    @PostMapping("/{id}/awards")
    Map<String, Long> addAward(@PathVariable long id, @Valid @RequestBody DossierParts.Award award) {
        return Map.of("id", dossiers.addAward(id, award));
    }

    @GetMapping("/{id}/employment")
    List<EmploymentVersion> employment(@PathVariable long id) {
        return careers.employment(id);
    }

    @GetMapping("/{id}/events")
    List<CareerEvent> events(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all) {
        return careers.events(id, all);
    }

    @PostMapping("/{id}/events")
    ResponseEntity<CareerEvent> record(@PathVariable long id, @Valid @RequestBody EventCommand command) {
        CareerEvent saved = careers.record(id, command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/events/" + saved.id()))
                .body(saved);
    }

    /** Corrects a past event: the event is replaced and everything after it is derived again. */
    @PutMapping("/{id}/events/{eventId}")
    CareerEvent correct(@PathVariable long id, @PathVariable long eventId, @Valid @RequestBody EventCommand command) {
        return careers.correct(id, eventId, command);
    }

    @DeleteMapping("/{id}/events/{eventId}")
    ResponseEntity<Void> cancel(@PathVariable long id, @PathVariable long eventId) {
        careers.cancel(id, eventId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/salary")
    Salary salary(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.salary(id, asOf);
    }
}
