package vn.noivu.personnel.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.person.Dossiers;
import vn.noivu.personnel.internal.person.PersonStore;
import vn.noivu.personnel.internal.person.Profile;

/**
 * Demo people (demo mode only): a few thousand synthetic people spread over the demo organisations,
 * loaded through the same bulk import a user runs, plus a few people with a documented career
 * (docs/personnel-rules.md, "Demo people") used by the retirement and salary examples. Loading twice
 * changes nothing.
 */
@Component
public class DemoPeople {

    static final String FILENAME = "demo-people.csv";
    static final int COUNT = 3000;
    /** A fixed reference date, so that every start generates exactly the same people. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final JdbcClient jdbc;
    private final PersonnelImport importer;
    private final Dossiers dossiers;
    private final Careers careers;
    private final PersonStore people;
    private final DemoCareers demoCareers;

    DemoPeople(
            JdbcClient jdbc,
            PersonnelImport importer,
            Dossiers dossiers,
            Careers careers,
            PersonStore people,
            DemoCareers demoCareers) {
        this.demoCareers = demoCareers;
        this.jdbc = jdbc;
        this.importer = importer;
        this.dossiers = dossiers;
        this.careers = careers;
        this.people = people;
    }

    public void load() {
        loadSynthetic();
        loadDocumented();
        try {
            demoCareers.load();
        } catch (RuntimeException e) {
            // The demo starts without them rather than not at all; DemoCareersIntegrationTests fails.
            log.error("Demo careers not loaded", e);
        }
    }

    private void loadSynthetic() {
        boolean done = jdbc.sql("SELECT count(*) FROM personnel.import_batch WHERE filename = :f")
                        .param("f", FILENAME)
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return;
        }
        List<DatasetGenerator.Unit> units = jdbc.sql("""
                        SELECT code, type, province_code, valid_from FROM organization.api_unit_version
                        WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)
                          AND type NOT IN ('PROVINCIAL_PEOPLES_COMMITTEE', 'DISTRICT_PEOPLES_COMMITTEE', 'MINISTRY')
                        ORDER BY code""")
                .param("d", REFERENCE)
                .query(DatasetGenerator.Unit.class)
                .list();
        if (units.isEmpty()) {
            log.info("No demo organisations: no demo people");
            return;
        }
        StringWriter csv = new StringWriter();
        new DatasetGenerator(2026, REFERENCE, COUNT).write(csv, units, COUNT);
        PersonnelImport.Outcome outcome;
        try {
            outcome = importer.importFile(
                    FILENAME, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (vn.noivu.platform.imports.ImportRefusedException e) {
            // Row numbers and reasons only: messages never carry ID numbers.
            e.result().errors().stream().limit(5).forEach(err -> log.error("Demo people refused: {}", err));
            throw e;
        }
        log.info("Demo people: {} imported into {} units", outcome.created(), units.size());
    }

    /** People with a career recorded event by event. */
    private void loadDocumented() {
        person("001065012345", "Nguyễn Văn Hùng", LocalDate.of(1965, 3, 12), "M", "UBND.01.SNV", id -> {
            event(id, "RECRUITMENT", "2015-01-05", "UBND.01.SNV", "CM-TH", "CIVIL_SERVANT", "01.002", 4, null, null);
            event(id, "STEP_INCREASE", "2018-01-05", null, null, null, null, null, null, null);
            discipline(id, "2019-05-10", "REPRIMAND");
            event(id, "STEP_INCREASE", "2021-07-05", null, null, null, null, null, null, null);
            event(
                    id,
                    "APPOINTMENT",
                    "2021-08-01",
                    null,
                    "LD-TP",
                    null,
                    null,
                    null,
                    "Trưởng phòng",
                    null,
                    "DIVISION_HEAD");
            event(id, "STEP_INCREASE", "2024-07-05", null, null, null, null, null, null, null);
        });
        person("079170054321", "Trần Thị Lan", LocalDate.of(1970, 8, 20), "F", "UBND.79.SNV", id -> {
            event(id, "RECRUITMENT", "2016-03-01", "UBND.79.SNV", "CM-TH", "CIVIL_SERVANT", "01.003", 6, null, null);
            event(id, "STEP_INCREASE", "2019-03-01", null, null, null, null, null, null, null);
            event(id, "PROMOTION", "2022-01-01", null, null, null, "01.002", null, null, null);
        });
        person("001098067890", "Lê Minh Tuấn", LocalDate.of(1998, 4, 2), "M", "UBND.01.SYT.BVXP", id -> {
            event(
                    id,
                    "RECRUITMENT",
                    "2026-06-01",
                    "UBND.01.SYT.BVXP",
                    "YT-BS",
                    "PUBLIC_EMPLOYEE",
                    "V.08.01.03",
                    1,
                    null,
                    null);
        });
    }

    private void person(String nationalId, String name, LocalDate birth, String sex, String org, Career career) {
        if (people.findByNationalId(nationalId).isPresent()
                || jdbc.sql("SELECT count(*) FROM organization.api_unit WHERE code = :c")
                                .param("c", org)
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        long id = dossiers.create(profile(nationalId, name, birth, sex, org));
        career.record(id);
    }

    /** A demo dossier's profile: identity and unit, and the plain facts every demo person shares. */
    static Profile profile(String nationalId, String name, LocalDate birth, String sex, String org) {
        return new Profile(
                nationalId,
                name,
                null,
                birth,
                sex,
                org,
                null,
                null,
                "Kinh",
                "Không",
                null,
                null,
                null,
                null,
                "12/12",
                "Đại học",
                "Trung cấp",
                "Chuyên viên",
                "Tiếng Anh B1",
                "Cơ bản",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Tốt",
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void event(
            long id,
            String kind,
            String date,
            String org,
            String position,
            String category,
            String rank,
            Integer step,
            String title,
            String allowance) {
        event(id, kind, date, org, position, category, rank, step, title, allowance, null);
    }

    /** An event naming a leadership post: its allowance comes from the catalogue. */
    private void event(
            long id,
            String kind,
            String date,
            String org,
            String position,
            String category,
            String rank,
            Integer step,
            String title,
            String allowance,
            String post) {
        LocalDate d = LocalDate.parse(date);
        careers.record(
                id,
                EventCommand.of(kind, d)
                        .org(org)
                        .position(position)
                        .staffCategory(category)
                        .rank(rank)
                        .step(step)
                        .title(title)
                        .positionAllowance(allowance == null ? null : new BigDecimal(allowance))
                        .decision("DEMO-" + id + "-" + date + "/QĐ", d.minusDays(5), "Sở Nội vụ (minh họa)")
                        .post(post)
                        .build());
    }

    private void discipline(long id, String date, String code) {
        LocalDate d = LocalDate.parse(date);
        careers.record(
                id,
                EventCommand.decided(
                        "DISCIPLINE", d, code, null, "DEMO-" + id + "-" + date + "/QĐ-KL", d, "Sở Nội vụ (minh họa)"));
    }

    private interface Career {
        void record(long personId);
    }
}
