package vn.noivu.personnel.internal.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.exit.ExitCommand;
import vn.noivu.personnel.internal.exit.StreamliningExits;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.person.Dossiers;
import vn.noivu.personnel.internal.person.NationalId;
import vn.noivu.personnel.internal.person.PersonStore;

/**
 * Demo people whose careers run through the history the organisation demo holds (docs/personnel-rules.md,
 * "Demo careers"): recruited before 2015 (entered with their state on 01/01/2015, the day the demo's
 * organisations begin, as a migration would, their appointment date kept) or recruited from 2015 on by a
 * RECRUITMENT event; then, as career events through {@link Careers}, the regular step increases when due,
 * promotions, appointments to a division's leadership with their five-year terms and reappointments,
 * a rating every year (a few failed), a reprimand now and then, a TRANSFER to the successor unit on the
 * day their unit was merged (01/03/2025, 01/07/2025), the retirement when due, and a fixed set of exits
 * under the streamlining regimes ({@link #EXITS}, a hand count in the docs).
 *
 * <p>Deterministic: a fixed seed and a fixed "today" ({@link DemoPeople#REFERENCE}); the step increases
 * are recorded on the date the system itself gives as due, so ratings and discipline move them as the
 * rules say. Loaded once, in one transaction, after the synthetic people.
 */
@Component
class DemoCareers {

    static final long SEED = 20150101L;
    static final int COUNT = 150;
    static final String FILENAME = "demo-careers.csv";
    static final String DECISION_PREFIX = "DEMO-CS-";
    static final LocalDate RECORDS_BEGIN = LocalDate.of(2015, 1, 1);
    static final LocalDate TODAY = DemoPeople.REFERENCE;

    private static final Logger log = LoggerFactory.getLogger(DemoCareers.class);

    /**
     * An exit under a streamlining regime: the unit the person starts in (the exit counts where they
     * served the day before, after any merger), the regime, the date and the staff category.
     */
    record ExitTrack(String unit, String regime, LocalDate exitDate, boolean early) {}

    /**
     * The demo's streamlining exits, all in 2025 (docs/personnel-rules.md gives their hand count): by
     * province of the unit served the day before — Hà Nội 4, Bình Dương 1, Bà Rịa - Vũng Tàu 1, Thành
     * phố Hồ Chí Minh 3 (two of them moved there by the merger of 01/07/2025). Units that continue after
     * the merger (a hospital of Bình Dương) are avoided: the report counts a unit by its province today.
     */
    static final List<ExitTrack> EXITS = List.of(
            new ExitTrack("UBND.01.SNV", "ND178_EARLY_RETIREMENT", LocalDate.of(2025, 3, 1), true),
            new ExitTrack("UBND.74.SNV", "ND178_EARLY_RETIREMENT", LocalDate.of(2025, 3, 1), true),
            new ExitTrack("UBND.01.STP", "ND178_RESIGNATION", LocalDate.of(2025, 4, 1), false),
            new ExitTrack("UBND.77.STC", "ND178_RESIGNATION", LocalDate.of(2025, 5, 1), false),
            new ExitTrack("UBND.01.SYT.BVXP", "ND178_RESIGNATION", LocalDate.of(2025, 6, 2), false),
            new ExitTrack("UBND.74.SNV", "ND154_EARLY_RETIREMENT", LocalDate.of(2025, 9, 1), true),
            new ExitTrack("UBND.77.SXD", "ND154_RESIGNATION", LocalDate.of(2025, 10, 1), false),
            new ExitTrack("UBND.01.SYT.BVXP", "ND154_RESIGNATION", LocalDate.of(2025, 11, 3), false),
            new ExitTrack("UBND.79.STP", "ND178_EARLY_RETIREMENT", LocalDate.of(2025, 12, 1), true));

    /** The person whose career the docs and the test follow: Sở Nội vụ Bình Dương → TP Hồ Chí Minh. */
    static final String SHOWCASE_NAME = "Huỳnh Thị Bảo Ngọc";

    static final String SHOWCASE_UNIT = "UBND.74.SNV";

    /** Names other demo people or tests look up: never given again. */
    private static final java.util.Set<String> TAKEN =
            java.util.Set.of("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", SHOWCASE_NAME);

    private final JdbcClient jdbc;
    private final PersonnelImport importer;
    private final Dossiers dossiers;
    private final Careers careers;
    private final StreamliningExits exits;
    private final PersonStore people;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    DemoCareers(
            JdbcClient jdbc,
            PersonnelImport importer,
            Dossiers dossiers,
            Careers careers,
            StreamliningExits exits,
            PersonStore people,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.dossiers = dossiers;
        this.careers = careers;
        this.exits = exits;
        this.people = people;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
    }

    /**
     * Records one event in a savepoint: one the rules refuse is left out with a warning naming it,
     * and the career goes on (a plan is drawn at random; the rules have the last word).
     */
    private boolean event(Plan p, long id, EventCommand command) {
        try {
            savepoint.executeWithoutResult(status -> careers.record(id, command));
            return true;
        } catch (vn.noivu.platform.web.BusinessRuleException e) {
            log.warn(
                    "Demo careers: person {}: {} of {} left out: {} {}",
                    p.serial,
                    command.kind(),
                    command.effectiveDate(),
                    e.messageKey(),
                    java.util.Arrays.toString(e.args()));
            return false;
        }
    }

    /** A unit a career may start in, with the units it became (merger by merger) up to today. */
    record Unit(String code, String type, String provinceCode, List<Move> moves) {
        boolean merges() {
            return !moves.isEmpty();
        }
    }

    /** A merger the person follows: on {@code date} the unit became {@code successor}. */
    record Move(LocalDate date, String successor) {}

    /** One person's plan before it is recorded. */
    private static final class Plan {
        int serial;
        String name;
        String sex;
        LocalDate birth;
        Unit unit;
        String category;
        String rank;
        String position;
        LocalDate recruited;
        /** Recruited before {@link #RECORDS_BEGIN}: entered by the import with this state. */
        boolean anchored;

        int anchorStep;
        LocalDate anchorStepSince;
        int anchorAboveCeiling;
        String anchorPost;
        LocalDate anchorAppointed;
        ExitTrack exit;
        final List<Planned> events = new ArrayList<>();
    }

    private record Planned(LocalDate date, EventCommand command) {}

    void load() {
        long done = jdbc.sql("SELECT count(*) FROM personnel.import_batch WHERE filename = :f")
                .param("f", FILENAME)
                .query(Long.class)
                .single();
        if (done > 0) {
            return;
        }
        List<Unit> units = units();
        if (units.isEmpty()) {
            log.info("No demo organisations: no demo careers");
            return;
        }
        long started = System.nanoTime();
        int[] recorded = new int[1];
        transaction.executeWithoutResult(status -> recorded[0] = record(plans(units)));
        log.info(
                "Demo careers: {} people, {} career events in {} ms",
                COUNT + EXITS.size() + 1,
                recorded[0],
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Departments, their internal units and public service units of the four demo provinces in force
     * on 01/01/2015, each with the mergers that carry it to a unit in force today; a unit that ends
     * without a successor (dissolved) or into a commune is left out.
     */
    List<Unit> units() {
        Map<String, String> typeAt2015 = new HashMap<>();
        Map<String, String> province = new HashMap<>();
        jdbc.sql("""
                        SELECT code, type, province_code FROM organization.api_unit_version
                        WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""").param("d", RECORDS_BEGIN).query(rs -> {
            typeAt2015.put(rs.getString(1), rs.getString(2));
            province.put(rs.getString(1), rs.getString(3));
        });
        Map<String, LocalDate> ends = new HashMap<>();
        Map<String, String> typeNow = new HashMap<>();
        jdbc.sql("SELECT code, valid_to, type FROM organization.api_unit").query(rs -> {
            ends.put(rs.getString(1), rs.getObject(2, LocalDate.class));
            typeNow.put(rs.getString(1), rs.getString(3));
        });
        Map<String, Move> successor = new HashMap<>();
        jdbc.sql("""
                        SELECT predecessor_code, successor_code, effective_date FROM organization.api_lineage
                        ORDER BY effective_date, predecessor_code, successor_code""").query(rs -> {
            successor.putIfAbsent(
                    rs.getString(1) + "@" + rs.getObject(3, LocalDate.class),
                    new Move(rs.getObject(3, LocalDate.class), rs.getString(2)));
        });
        List<Unit> result = new ArrayList<>();
        for (var e : typeAt2015.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            String code = e.getKey();
            String type = e.getValue();
            String p = province.get(code);
            if (p == null
                    || type == null
                    || !List.of("01", "79", "74", "77").contains(p)
                    || !List.of("PROVINCIAL_DEPARTMENT", "DEPARTMENT_UNIT", "PUBLIC_SERVICE_UNIT")
                            .contains(type)
                    || code.endsWith(".VP")) {
                continue;
            }
            List<Move> moves = new ArrayList<>();
            String at = code;
            boolean alive = true;
            while (ends.get(at) != null) {
                Move m = successor.get(at + "@" + ends.get(at));
                if (m == null || String.valueOf(typeNow.get(m.successor())).startsWith("COMMUNE")) {
                    alive = false;
                    break;
                }
                moves.add(m);
                at = m.successor();
            }
            if (alive && typeNow.get(at) != null && !typeNow.get(at).startsWith("COMMUNE")) {
                result.add(new Unit(code, type, p, List.copyOf(moves)));
            }
        }
        return result;
    }

    private List<Plan> plans(List<Unit> units) {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<Unit> merging = units.stream().filter(Unit::merges).toList();
        List<Unit> staying = units.stream().filter(u -> !u.merges()).toList();
        List<Plan> plans = new ArrayList<>();
        int serial = 0;
        Unit showcaseUnit = byCode.get(SHOWCASE_UNIT);
        if (showcaseUnit != null) {
            plans.add(showcase(++serial, showcaseUnit));
        }
        for (ExitTrack track : EXITS) {
            Unit u = byCode.get(track.unit());
            if (u != null) {
                Plan p = person(random, ++serial, u, track);
                plans.add(p);
            }
        }
        for (int i = 0; i < COUNT; i++) {
            // Two in five in units merged on the way (the four provinces became two in 2025).
            List<Unit> pool = merging.isEmpty() || (random.nextInt(5) >= 2 && !staying.isEmpty()) ? staying : merging;
            plans.add(person(random, ++serial, pool.get(random.nextInt(pool.size())), null));
        }
        return plans;
    }

    /** A civil servant of Sở Nội vụ Bình Dương whose whole career the docs follow, 2015 → 2026. */
    private Plan showcase(int serial, Unit unit) {
        Plan p = new Plan();
        p.serial = serial;
        p.name = SHOWCASE_NAME;
        p.sex = "F";
        p.birth = LocalDate.of(1988, 6, 14);
        p.unit = unit;
        p.category = "CIVIL_SERVANT";
        p.rank = "01.003";
        p.position = "CM-TH";
        p.recruited = LocalDate.of(2015, 3, 2);
        for (int year = 2015; year <= 2025; year++) {
            String rating = year == 2017 ? "NOT_COMPLETED" : year == 2020 || year == 2023 ? "EXCELLENT" : "GOOD";
            p.events.add(rating(p, year, rating));
        }
        p.events.add(new Planned(LocalDate.of(2019, 4, 15), discipline(p, LocalDate.of(2019, 4, 15))));
        p.events.add(appointment(p, LocalDate.of(2021, 10, 1), "DIVISION_DEPUTY_HEAD"));
        p.events.add(promotion(p, LocalDate.of(2023, 1, 1), "01.002"));
        // Moved without a post by the merger of 01/07/2025, appointed again in the merged department.
        p.events.add(appointment(p, LocalDate.of(2026, 1, 15), "DIVISION_DEPUTY_HEAD"));
        return p;
    }

    private Plan person(SplittableRandom random, int serial, Unit unit, ExitTrack exit) {
        Plan p = new Plan();
        p.serial = serial;
        p.unit = unit;
        p.exit = exit;
        boolean female = random.nextInt(100) < 52;
        p.sex = female ? "F" : "M";
        String name;
        do {
            name = DatasetGenerator.name(random, female);
        } while (TAKEN.contains(name));
        p.name = name;
        boolean service = unit.type().equals("PUBLIC_SERVICE_UNIT");
        p.category = service ? "PUBLIC_EMPLOYEE" : "CIVIL_SERVANT";
        if (service) {
            boolean hospital = unit.code().contains(".SYT.") || unit.code().contains(".BV");
            boolean doctor = hospital && random.nextInt(3) == 0;
            p.rank = hospital ? (doctor ? "V.08.01.03" : "V.08.05.12") : "V.01.02.02";
            p.position = hospital ? (doctor ? "YT-BS" : "YT-DD") : "HT-LT";
        } else {
            int r = random.nextInt(10);
            p.rank = r < 7 ? "01.003" : r < 9 ? "06.031" : "04.025";
            p.position = r < 7 ? "CM-TH" : r < 9 ? "CM-KT" : "CM-TTR";
        }
        // One in three was recruited before the records begin; those who retire by today are among them.
        boolean early = exit != null ? exit.early() : random.nextInt(3) == 0;
        int ageAtRecruitment = 22 + random.nextInt(8);
        int recruitYear;
        if (early) {
            // Early retirees leave a few years before their age (women's age was lower: born later).
            int birthYear = exit != null ? (female ? 1970 : 1966) + random.nextInt(2) : 1961 + random.nextInt(25);
            recruitYear = Math.min(2014, birthYear + ageAtRecruitment);
            p.birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        } else {
            recruitYear = 2015 + random.nextInt(exit != null ? 2 : 8);
            p.birth = LocalDate.of(recruitYear - ageAtRecruitment, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        p.recruited = LocalDate.of(recruitYear, 1 + random.nextInt(12), 1);
        p.anchored = p.recruited.isBefore(RECORDS_BEGIN);
        if (p.recruited.isBefore(RECORDS_BEGIN.plusMonths(1)) && !p.anchored) {
            p.recruited = RECORDS_BEGIN.plusMonths(1);
        }
        if (p.anchored) {
            // Steps every 36 months from recruitment (categories A0 and above) up to the records' start.
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(p.recruited, RECORDS_BEGIN);
            p.anchorStep = Math.min(9, 1 + months / 36);
            p.anchorStepSince = p.recruited.plusMonths(36L * (p.anchorStep - 1));
            if (1 + months / 36 > 9) {
                // At the top step (9 of A1) for more than 36 months: the above-ceiling allowance,
                // 5 % then +1 % a year, the last increment before the records begin.
                LocalDate first = p.anchorStepSince.plusMonths(36);
                int years = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, RECORDS_BEGIN) / 12;
                p.anchorAboveCeiling = 5 + years;
                p.anchorStepSince = first.plusMonths(12L * years);
            }
        }
        boolean division = !p.category.equals("PUBLIC_EMPLOYEE")
                && (unit.type().equals("PROVINCIAL_DEPARTMENT") || unit.type().equals("DEPARTMENT_UNIT"));
        if (exit != null) {
            for (int year = Math.max(2015, recruitYear); year < exit.exitDate().getYear(); year++) {
                p.events.add(rating(p, year, random.nextInt(4) == 0 ? "EXCELLENT" : "GOOD"));
            }
            return p;
        }
        int firstRated = Math.max(2015, recruitYear);
        boolean failedOnce = random.nextInt(12) == 0;
        int failedYear = firstRated + random.nextInt(Math.max(1, 2025 - firstRated + 1));
        for (int year = firstRated; year <= 2025; year++) {
            int r = random.nextInt(100);
            String rating = failedOnce && year == failedYear
                    ? "NOT_COMPLETED"
                    : r < 14 ? "EXCELLENT" : r < 80 ? "GOOD" : "COMPLETED";
            p.events.add(rating(p, year, rating));
        }
        if (random.nextInt(20) == 0) {
            LocalDate d = LocalDate.of(2016 + random.nextInt(9), 1 + random.nextInt(12), 10);
            p.events.add(new Planned(d, discipline(p, d)));
        }
        if (p.rank.equals("01.003") && random.nextInt(4) == 0) {
            p.events.add(promotion(p, LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 1), "01.002"));
        }
        if (division && random.nextInt(4) == 0) {
            String post = random.nextInt(3) == 0 ? "DIVISION_HEAD" : "DIVISION_DEPUTY_HEAD";
            if (p.anchored && random.nextBoolean()) {
                // Appointed before the records begin: the import keeps the appointment date.
                p.anchorPost = post;
                p.anchorAppointed = LocalDate.of(2010 + random.nextInt(5), 1 + random.nextInt(12), 1);
            } else {
                p.events.add(appointment(p, LocalDate.of(2016 + random.nextInt(8), 1 + random.nextInt(12), 1), post));
            }
        }
        return p;
    }

    private static Planned rating(Plan p, int year, String rating) {
        LocalDate d = LocalDate.of(year, 12, 20);
        return new Planned(
                d,
                EventCommand.of("EVALUATION", d)
                        .rating(year, rating)
                        .decision(decision(p, d, "QĐ-XL"), d, issuer(p))
                        .build());
    }

    private static EventCommand discipline(Plan p, LocalDate d) {
        return EventCommand.decided("DISCIPLINE", d, "REPRIMAND", null, decision(p, d, "QĐ-KL"), d, issuer(p));
    }

    private static Planned appointment(Plan p, LocalDate d, String post) {
        boolean head = post.equals("DIVISION_HEAD");
        return new Planned(
                d,
                EventCommand.of("APPOINTMENT", d)
                        .position(head ? "LD-TP" : "LD-PTP")
                        .title(head ? "Trưởng phòng" : "Phó Trưởng phòng")
                        .post(post)
                        .termMonths(60)
                        .decision(decision(p, d, "QĐ-BN"), d.minusDays(7), issuer(p))
                        .build());
    }

    private static Planned promotion(Plan p, LocalDate d, String rank) {
        return new Planned(
                d,
                EventCommand.of("PROMOTION", d)
                        .rank(rank)
                        .note("Thi nâng ngạch")
                        .decision(decision(p, d, "QĐ-NN"), d.minusDays(10), issuer(p))
                        .build());
    }

    private static String decision(Plan p, LocalDate d, String kind) {
        return DECISION_PREFIX + p.serial + "-" + d.getYear()
                + String.format("%02d%02d", d.getMonthValue(), d.getDayOfMonth()) + "/" + kind;
    }

    private static String issuer(Plan p) {
        return "Sở Nội vụ (minh họa, tỉnh " + p.unit.provinceCode() + ")";
    }

    /**
     * Records every plan; returns the number of career events recorded. Each person (and the import of
     * those recruited before 2015) in a savepoint: a person the rules refuse is left out with a warning
     * instead of stopping the start of a demo.
     */
    private int record(List<Plan> plans) {
        Map<Plan, String> ids = new HashMap<>();
        for (Plan p : plans) {
            ids.put(p, nationalId(p));
        }
        TransactionTemplate nested = new TransactionTemplate(transaction.getTransactionManager());
        nested.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
        boolean anchors;
        try {
            nested.executeWithoutResult(status -> importAnchors(plans, ids));
            anchors = true;
        } catch (RuntimeException e) {
            log.warn("Demo careers: the people recruited before 2015 were refused: {}", e.getMessage());
            anchors = false;
        }
        int count = 0;
        for (Plan p : plans) {
            if (p.anchored && !anchors) {
                continue;
            }
            try {
                Integer n = nested.execute(status -> follow(p, ids.get(p)));
                count += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Demo careers: person {} left out: {}", p.serial, e.toString());
            }
        }
        return count;
    }

    /** The people recruited before 2015: one import of their state on 01/01/2015. */
    private void importAnchors(List<Plan> plans, Map<Plan, String> ids) {
        StringBuilder csv = new StringBuilder(String.join(",", PersonnelImport.REQUIRED)
                + ",step_since,leadership_post,appointed_on,term_months,above_ceiling_pct,above_ceiling_since,"
                + "decision_no,decision_date,issuer\n");
        for (Plan p : plans) {
            if (!p.anchored) {
                continue;
            }
            String position =
                    p.anchorPost == null ? p.position : p.anchorPost.equals("DIVISION_HEAD") ? "LD-TP" : "LD-PTP";
            csv.append(String.join(
                            ",",
                            ids.get(p),
                            p.name,
                            p.birth.toString(),
                            p.sex,
                            p.unit.code(),
                            p.category,
                            p.rank,
                            String.valueOf(p.anchorStep),
                            position,
                            RECORDS_BEGIN.toString(),
                            p.anchorStepSince.toString(),
                            p.anchorPost == null ? "" : p.anchorPost,
                            p.anchorAppointed == null ? "" : p.anchorAppointed.toString(),
                            p.anchorPost == null ? "" : "60",
                            p.anchorAboveCeiling == 0 ? "" : String.valueOf(p.anchorAboveCeiling),
                            p.anchorAboveCeiling == 0 ? "" : p.anchorStepSince.toString(),
                            // The version's decision is the recruitment's: the dossier shows when it began.
                            DECISION_PREFIX + p.serial + "-" + p.recruited.getYear() + "/QĐ-TD",
                            p.recruited.toString(),
                            issuer(p)))
                    .append('\n');
        }
        importer.importFile(FILENAME, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Records one person's career event by event, the step increases when the system says they are due. */
    private int follow(Plan p, String nationalId) {
        long id;
        int count = 0;
        if (p.anchored) {
            id = people.findByNationalId(nationalId).orElseThrow().id();
        } else {
            String lastUnit = p.unit.moves().isEmpty()
                    ? p.unit.code()
                    : p.unit.moves().get(p.unit.moves().size() - 1).successor();
            id = dossiers.create(DemoPeople.profile(nationalId, p.name, p.birth, p.sex, lastUnit));
            careers.record(
                    id,
                    EventCommand.of("RECRUITMENT", p.recruited)
                            .org(p.unit.code())
                            .position(p.position)
                            .staffCategory(p.category)
                            .rank(p.rank)
                            .step(1)
                            .decision(decision(p, p.recruited, "QĐ-TD"), p.recruited.minusDays(14), issuer(p))
                            .build());
            count++;
        }
        LocalDate end = end(p);
        List<Planned> events = new ArrayList<>(p.events);
        for (Move m : p.unit.moves()) {
            events.add(new Planned(m.date(), null)); // the transfer, built when its time comes
        }
        events.sort(Comparator.comparing(Planned::date));
        String position = p.position;
        for (Planned e : events) {
            if (!e.date().isBefore(end) || e.date().isBefore(p.recruited)) {
                continue;
            }
            count += reappointBefore(p, id, e.date());
            count += stepsUntil(p, id, e.date().minusDays(1));
            EmploymentVersion open = open(id);
            if (e.command() == null) {
                // The unit merged: the person moves to its successor, without a post (posts are given
                // again in the merged unit; the former allowance is kept for 6 months by the rules).
                String successor = p.unit.moves().stream()
                        .filter(m -> m.date().equals(e.date()))
                        .findFirst()
                        .orElseThrow()
                        .successor();
                event(p, id, transfer(p, e.date(), successor, position));
            } else if (e.command().kind().equals("APPOINTMENT") && open.leadershipTitle() != null) {
                continue; // already leads
            } else {
                event(p, id, e.command());
            }
            count++;
        }
        count += reappointBefore(p, id, end);
        count += stepsUntil(p, id, end.minusDays(1));
        if (p.exit != null) {
            exits.record(
                    id,
                    new ExitCommand(
                            p.exit.regime(),
                            p.exit.exitDate(),
                            decision(p, p.exit.exitDate(), "QĐ-TGBC"),
                            p.exit.exitDate().minusDays(15),
                            issuer(p),
                            p.exit.early() ? 420_000_000L : 180_000_000L,
                            0L,
                            false,
                            null,
                            false,
                            true,
                            "Minh họa"));
            count++;
        } else if (end.isBefore(TODAY)) {
            event(
                    p,
                    id,
                    EventCommand.decided(
                            "RETIREMENT", end, null, null, decision(p, end, "QĐ-NH"), end.minusMonths(3), issuer(p)));
            count++;
        }
        return count;
    }

    /**
     * A reappointment on the day each term ends before {@code limit}, unless retirement comes within 2
     * years of it (then the term is extended to retirement: no event, the due list says so).
     */
    private int reappointBefore(Plan p, long id, LocalDate limit) {
        int count = 0;
        for (int guard = 0; guard < 5; guard++) {
            EmploymentVersion open = open(id);
            LocalDate termEnd = open == null ? null : open.termEnd();
            if (termEnd == null || termEnd.isAfter(TODAY) || !termEnd.isBefore(limit)) {
                return count;
            }
            if (retirement(p) != null && retirement(p).isBefore(termEnd.plusYears(2))) {
                return count;
            }
            count += stepsUntil(p, id, termEnd.minusDays(1));
            boolean recorded = event(
                    p,
                    id,
                    EventCommand.of("REAPPOINTMENT", termEnd)
                            .termMonths(60)
                            .decision(decision(p, termEnd, "QĐ-BNL"), termEnd.minusDays(20), issuer(p))
                            .build());
            if (!recorded) {
                return count;
            }
            count++;
        }
        return count;
    }

    /** Step increases (or above-ceiling increments) on each date the system gives as due up to {@code limit}. */
    private int stepsUntil(Plan p, long id, LocalDate limit) {
        int count = 0;
        for (int guard = 0; guard < 20; guard++) {
            EmploymentVersion open = open(id);
            LocalDate due = open == null ? null : open.nextStepDue();
            if (due == null || due.isAfter(limit) || due.isAfter(TODAY)) {
                return count;
            }
            if (!event(
                    p,
                    id,
                    EventCommand.decided(
                            "STEP_INCREASE", due, null, null, decision(p, due, "QĐ-NL"), due, issuer(p)))) {
                return count;
            }
            count++;
        }
        return count;
    }

    private EventCommand transfer(Plan p, LocalDate d, String successor, String position) {
        return EventCommand.of("TRANSFER", d)
                .org(successor)
                .position(position)
                .note("Sắp xếp tổ chức bộ máy: đơn vị hợp nhất")
                .decision(decision(p, d, "QĐ-ĐC"), d.minusDays(1), issuer(p))
                .build();
    }

    private EmploymentVersion open(long id) {
        List<EmploymentVersion> versions = careers.employment(id);
        EmploymentVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        return last == null || last.validTo() != null ? null : last;
    }

    /** The first day the person is no longer employed: the exit, the retirement, or after today. */
    private LocalDate end(Plan p) {
        if (p.exit != null) {
            return p.exit.exitDate();
        }
        LocalDate retired = retirement(p);
        return retired != null && !retired.isAfter(TODAY) ? retired : TODAY.plusDays(1);
    }

    private final Map<Plan, LocalDate> retirements = new HashMap<>();

    /** The day after the retirement month ends (retirement_schedule), or null when not in it. */
    private LocalDate retirement(Plan p) {
        return retirements.computeIfAbsent(
                p,
                x -> jdbc.sql("""
                        SELECT retirement_date + 1 FROM personnel.retirement_schedule
                        WHERE sex = :s AND birth_month = :m""")
                        .param("s", x.sex)
                        .param("m", x.birth.withDayOfMonth(1))
                        .query(LocalDate.class)
                        .optional()
                        .orElse(null));
    }

    /** A valid ID number of the unit's province, from a serial range no other demo person uses. */
    private String nationalId(Plan p) {
        int province = Integer.parseInt(p.unit.provinceCode());
        if (!NationalId.PROVINCE_CODES.contains(province)) {
            province = 1;
        }
        int digit = NationalId.centurySexDigit(p.birth.getYear(), p.sex);
        for (int attempt = 0; ; attempt++) {
            long number = province * 1_000_000_000L
                    + digit * 100_000_000L
                    + (p.birth.getYear() % 100) * 1_000_000L
                    + 970_000
                    + p.serial
                    + attempt * 1_000L;
            String id = String.format("%012d", number);
            if (people.findByNationalId(id).isEmpty()) {
                return id;
            }
        }
    }
}
