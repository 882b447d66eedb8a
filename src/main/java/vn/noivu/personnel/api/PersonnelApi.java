package vn.noivu.personnel.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.personnel.internal.career.Catalogues;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.web.NotFoundException;

/** Due lists, headcount, bulk imports and the reference catalogues, inside the caller's scope. */
@RestController
@RequestMapping("/api/v1/personnel")
class PersonnelApi {

    private final PersonnelQueries queries;
    private final PersonnelImport importer;
    private final Catalogues catalogues;

    private final vn.noivu.platform.imports.ImportHistory history;

    PersonnelApi(
            PersonnelQueries queries,
            PersonnelImport importer,
            Catalogues catalogues,
            vn.noivu.platform.imports.ImportHistory history) {
        this.history = history;
        this.queries = queries;
        this.importer = importer;
        this.catalogues = catalogues;
    }

    /** {@code kind}: step-increase, retirement, reappointment, probation or failed-two-years; dates inclusive. */
    @GetMapping("/due/{kind}")
    List<PersonnelQueries.DueItem> due(
            @PathVariable String kind,
            @RequestParam(required = false) String scope,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean notice) {
        PersonnelQueries.DueKind dueKind =
                PersonnelQueries.DueKind.of(kind).orElseThrow(() -> new NotFoundException("due list", kind));
        return queries.due(dueKind, scope, from, to, notice);
    }

    /** The ratings of a year per unit, with the cap on "hoàn thành xuất sắc" (20 % of "hoàn thành tốt"). */
    @GetMapping("/ratings")
    List<PersonnelQueries.RatingShare> ratings(@RequestParam(required = false) String scope, @RequestParam int year) {
        return queries.ratings(scope, year);
    }

    /** Headcount per unit (or, with {@code by=province}, per province) and staff category. */
    @GetMapping("/headcount")
    List<PersonnelQueries.HeadcountItem> headcount(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "unit") String by) {
        return queries.headcount(scope, asOf, "province".equals(by));
    }

    @PostMapping("/imports")
    PersonnelImport.Outcome importFile(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return history.track(
                    "personnel", "people", name, () -> importer.importFile(name, in), PersonnelImport.Outcome::rows);
        }
    }

    @GetMapping("/ranks")
    List<Catalogues.Rank> ranks() {
        return catalogues.ranks();
    }

    @GetMapping("/base-salaries")
    List<Catalogues.BaseSalary> baseSalaries() {
        return catalogues.baseSalaries();
    }

    @GetMapping("/positions")
    List<Catalogues.Position> positions() {
        return catalogues.positions();
    }
}
