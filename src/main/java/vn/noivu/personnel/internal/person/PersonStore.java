package vn.noivu.personnel.internal.person;

import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Person rows and the repeated parts of their dossiers. */
@Component
public class PersonStore {

    private static final RecordComponent[] FIELDS = Profile.class.getRecordComponents();
    private static final String COLUMNS =
            Arrays.stream(FIELDS).map(f -> column(f.getName())).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person row with the materialised scope path of the unit that keeps the dossier. */
    public record PersonRow(long id, Profile profile, String orgPath, LocalDate deathDate) {}

    public Optional<PersonRow> find(long id) {
        return jdbc.sql("SELECT p.id, p.death_date, u.path, " + prefixed() + """
                         FROM personnel.person p LEFT JOIN organization.api_unit u ON u.code = p.org_code
                        WHERE p.id = :id""")
                .param("id", id)
                .query(PersonStore::map)
                .optional();
    }

    public Optional<PersonRow> findByNationalId(String nationalId) {
        return jdbc.sql("SELECT p.id, p.death_date, u.path, " + prefixed() + """
                         FROM personnel.person p LEFT JOIN organization.api_unit u ON u.code = p.org_code
                        WHERE p.national_id = :nid""")
                .param("nid", nationalId)
                .query(PersonStore::map)
                .optional();
    }

    long insert(Profile profile) {
        long nameId = nameId(profile.fullName());
        var statement = jdbc.sql("INSERT INTO personnel.person (name_id, " + COLUMNS + ") VALUES (:nameId, "
                        + Arrays.stream(FIELDS).map(f -> ":" + f.getName()).collect(Collectors.joining(", "))
                        + ") RETURNING id")
                .param("nameId", nameId);
        return bind(statement, profile).query(Long.class).single();
    }

    void update(long id, Profile profile) {
        long nameId = nameId(profile.fullName());
        var statement = jdbc.sql("UPDATE personnel.person SET name_id = :nameId, updated_at = now(), "
                        + Arrays.stream(FIELDS)
                                .filter(f -> !f.getName().equals("nationalId"))
                                .map(f -> column(f.getName()) + " = :" + f.getName())
                                .collect(Collectors.joining(", "))
                        + " WHERE id = :id")
                .param("nameId", nameId)
                .param("id", id);
        bind(statement, profile).update();
    }

    public void setOrgAndDeath(long id, String orgCode, LocalDate deathDate) {
        jdbc.sql("""
                        UPDATE personnel.person SET org_code = :org, death_date = :death, updated_at = now()
                        WHERE id = :id AND (org_code IS DISTINCT FROM :org OR death_date IS DISTINCT FROM :death)""")
                .param("org", orgCode)
                .param("death", deathDate)
                .param("id", id)
                .update();
    }

    /** The id of a full name in the name dictionary, adding it (with its folded form) if new. */
    long nameId(String fullName) {
        return jdbc.sql("""
                        WITH ins AS (
                            INSERT INTO personnel.person_name (full_name, fold) VALUES (:n, platform.fold(:n))
                            ON CONFLICT (full_name) DO NOTHING RETURNING id)
                        SELECT id FROM ins UNION ALL SELECT id FROM personnel.person_name WHERE full_name = :n""").param("n", fullName).query(Long.class).list().get(0);
    }

    List<DossierParts.Training> training(long personId) {
        return jdbc.sql("""
                        SELECT id, kind, institution, major, from_date, to_date, mode, diploma
                        FROM personnel.training WHERE person_id = :p ORDER BY from_date NULLS LAST, id""")
                .param("p", personId)
                .query(DossierParts.Training.class)
                .list();
    }

    List<DossierParts.FamilyMember> family(long personId) {
        return jdbc.sql("""
                        SELECT id, side, relation, full_name, birth_year, hometown, occupation, address
                        FROM personnel.family_member WHERE person_id = :p ORDER BY side DESC, id""")
                .param("p", personId)
                .query(DossierParts.FamilyMember.class)
                .list();
    }

    List<DossierParts.Award> awards(long personId) {
        return jdbc.sql("""
                        SELECT id, award_date, title, decision_no, issuer
                        FROM personnel.award WHERE person_id = :p ORDER BY award_date, id""")
                .param("p", personId)
                .query(DossierParts.Award.class)
                .list();
    }

    List<DossierParts.PriorWork> priorWork(long personId) {
        return jdbc.sql("""
                        SELECT id, from_date, to_date, description
                        FROM personnel.prior_work WHERE person_id = :p ORDER BY from_date, id""")
                .param("p", personId)
                .query(DossierParts.PriorWork.class)
                .list();
    }

    long addTraining(long personId, DossierParts.Training t) {
        return jdbc.sql("""
                        INSERT INTO personnel.training (person_id, kind, institution, major, from_date, to_date, mode,
                            diploma)
                        VALUES (:p, :kind, :institution, :major, :from, :to, :mode, :diploma) RETURNING id""")
                .param("p", personId)
                .param("kind", t.kind())
                .param("institution", t.institution())
                .param("major", t.major())
                .param("from", t.fromDate())
                .param("to", t.toDate())
                .param("mode", t.mode())
                .param("diploma", t.diploma())
                .query(Long.class)
                .single();
    }

    long addFamilyMember(long personId, DossierParts.FamilyMember f) {
        return jdbc.sql("""
                        INSERT INTO personnel.family_member (person_id, side, relation, full_name, birth_year,
                            hometown, occupation, address)
                        VALUES (:p, :side, :relation, :name, :year, :hometown, :occupation, :address) RETURNING id""")
                .param("p", personId)
                .param("side", f.side())
                .param("relation", f.relation())
                .param("name", f.fullName())
                .param("year", f.birthYear())
                .param("hometown", f.hometown())
                .param("occupation", f.occupation())
                .param("address", f.address())
                .query(Long.class)
                .single();
    }

    long addAward(long personId, DossierParts.Award a) {
        return jdbc.sql("""
                        INSERT INTO personnel.award (person_id, award_date, title, decision_no, issuer)
                        VALUES (:p, :date, :title, :decision, :issuer) RETURNING id""")
                .param("p", personId)
                .param("date", a.awardDate())
                .param("title", a.title())
                .param("decision", a.decisionNo())
                .param("issuer", a.issuer())
                .query(Long.class)
                .single();
    }

    long addPriorWork(long personId, DossierParts.PriorWork w) {
        return jdbc.sql("""
                        INSERT INTO personnel.prior_work (person_id, from_date, to_date, description)
                        VALUES (:p, :from, :to, :description) RETURNING id""")
                .param("p", personId)
                .param("from", w.fromDate())
                .param("to", w.toDate())
                .param("description", w.description())
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Profile profile) {
        for (RecordComponent f : FIELDS) {
            try {
                statement = statement.param(f.getName(), f.getAccessor().invoke(profile));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return statement;
    }

    private static String prefixed() {
        return Arrays.stream(FIELDS).map(f -> "p." + column(f.getName())).collect(Collectors.joining(", "));
    }

    static String column(String component) {
        return component.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static PersonRow map(ResultSet rs, int i) throws SQLException {
        Object[] values = new Object[FIELDS.length];
        for (int k = 0; k < FIELDS.length; k++) {
            values[k] = rs.getObject(column(FIELDS[k].getName()), FIELDS[k].getType());
        }
        try {
            Profile profile = (Profile) Profile.class
                    .getDeclaredConstructor(
                            Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(values);
            return new PersonRow(
                    rs.getLong("id"), profile, rs.getString("path"), rs.getObject("death_date", LocalDate.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
