package vn.noivu.personnel.internal.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.Organizations;
import vn.noivu.personnel.internal.career.CareerHistory;
import vn.noivu.personnel.internal.career.Catalogues;
import vn.noivu.personnel.internal.career.EmploymentStore;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.web.BusinessRuleException;

/** Person dossiers: create, read (masked as the role requires), update, and their repeated parts. */
@Service
public class Dossiers {

    private final PersonStore people;
    private final EmploymentStore employment;
    private final Access access;
    private final Catalogues catalogues;
    private final Organizations organizations;
    private final AuditLog audit;

    Dossiers(
            PersonStore people,
            EmploymentStore employment,
            Access access,
            Catalogues catalogues,
            Organizations organizations,
            AuditLog audit) {
        this.people = people;
        this.employment = employment;
        this.access = access;
        this.catalogues = catalogues;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional
    public long create(Profile profile) {
        Profile p = checked(profile);
        access.requireUnit("orgCode", p.orgCode(), LocalDate.now());
        Optional<PersonStore.PersonRow> existing = people.findByNationalId(p.nationalId());
        if (existing.isPresent()) {
            // Inside the scope the dossier can be looked up: say it exists. Outside it, the look-up
            // answers "not in your scope", and so does this, without a word about that person.
            throw access.scope().includes(existing.get().orgPath())
                    ? new BusinessRuleException("nationalId", "personnel.person.duplicate", new Object[0])
                    : new BusinessRuleException("nationalId", "personnel.nationalId.notHere", new Object[0]);
        }
        long id = people.insert(p);
        audit.record("CREATE", "personnel.person", String.valueOf(id), null, auditView(p));
        return id;
    }

    @Transactional
    public void update(long id, Profile profile) {
        PersonStore.PersonRow row = access.writable(id);
        // The ID number is the dossier's key: it is not changed by an update.
        Profile p = checked(withNationalId(profile, row.profile().nationalId()));
        if (!p.orgCode().equals(row.profile().orgCode())) {
            access.requireUnit("orgCode", p.orgCode(), LocalDate.now());
        }
        List<EmploymentVersion> versions = employment.current(id);
        if (!versions.isEmpty() && versions.get(0).validFrom().isBefore(p.birthDate())) {
            throw new BusinessRuleException("birthDate", "personnel.event.beforeBirth", new Object[] {
                versions.get(0).validFrom().format(CareerHistory.VN_DATE), "EMPLOYMENT"
            });
        }
        people.update(id, p);
        audit.record("UPDATE", "personnel.person", String.valueOf(id), auditView(row.profile()), auditView(p));
    }

    @Transactional(readOnly = true)
    public Dossier dossier(long id) {
        PersonStore.PersonRow row = access.readable(id);
        boolean sensitive = access.sensitiveVisible();
        Profile p = row.profile();
        LocalDate today = LocalDate.now();
        var retirement = catalogues.roadmap().of(p.birthDate(), p.sex());
        EmploymentVersion current = employment.at(id, today).orElse(null);
        return new Dossier(
                id,
                sensitive,
                sensitive ? p : p.masked(),
                organizations.find(p.orgCode(), today).map(o -> o.name()).orElse(p.orgCode()),
                row.deathDate(),
                Period.between(p.birthDate(), today).getYears(),
                retirement,
                current,
                people.training(id),
                sensitive ? people.family(id) : List.of(),
                people.awards(id),
                people.priorWork(id),
                Dossier.Leadership.of(current, retirement.lastDay()));
    }

    /** The dossier id of a personal ID number, if that person is in the user's scope. */
    @Transactional(readOnly = true)
    public Optional<Long> lookup(String nationalId) {
        if (nationalId == null || !nationalId.trim().matches("[0-9]{12}")) {
            return Optional.empty();
        }
        return people.findByNationalId(nationalId.trim())
                .filter(r -> access.scope().includes(r.orgPath()))
                .map(PersonStore.PersonRow::id);
    }

    @Transactional
    public long addTraining(long id, DossierParts.Training t) {
        access.writable(id);
        long partId = people.addTraining(id, t);
        audit.record("CREATE", "personnel.training", String.valueOf(partId), null, t);
        return partId;
    }

    @Transactional
    public long addFamilyMember(long id, DossierParts.FamilyMember f) {
        access.writable(id);
        long partId = people.addFamilyMember(id, f);
        audit.record("CREATE", "personnel.family_member", String.valueOf(partId), null, Map.of("personId", id));
        return partId;
    }

    @Transactional
    public long addAward(long id, DossierParts.Award a) {
        access.writable(id);
        long partId = people.addAward(id, a);
        audit.record("CREATE", "personnel.award", String.valueOf(partId), null, a);
        return partId;
    }

    @Transactional
    public long addPriorWork(long id, DossierParts.PriorWork w) {
        access.writable(id);
        long partId = people.addPriorWork(id, w);
        audit.record("CREATE", "personnel.prior_work", String.valueOf(partId), null, w);
        return partId;
    }

    private Profile checked(Profile p) {
        Optional<NationalId.Problem> problem = NationalId.check(p.nationalId(), p.birthDate(), p.sex());
        if (problem.isPresent()) {
            throw new BusinessRuleException(
                    "nationalId", "personnel.nationalId." + problem.get().name(), new Object[0]);
        }
        if (p.birthDate().isAfter(LocalDate.now())) {
            throw new BusinessRuleException("birthDate", "personnel.person.birthInFuture", new Object[0]);
        }
        return p;
    }

    private static Profile withNationalId(Profile p, String nationalId) {
        return new Profile(
                nationalId,
                p.fullName(),
                p.otherName(),
                p.birthDate(),
                p.sex(),
                p.orgCode(),
                p.birthplaceCode(),
                p.hometownCode(),
                p.ethnicity(),
                p.religion(),
                p.permanentAddress(),
                p.currentAddress(),
                p.phone(),
                p.email(),
                p.generalEducation(),
                p.highestDegree(),
                p.politicalTheory(),
                p.stateManagement(),
                p.foreignLanguages(),
                p.itSkills(),
                p.partyJoined(),
                p.partyOfficial(),
                p.organisations(),
                p.militaryEntry(),
                p.militaryExit(),
                p.militaryRank(),
                p.honoraryTitle(),
                p.strengths(),
                p.healthStatus(),
                p.heightCm(),
                p.weightKg(),
                p.bloodType(),
                p.policyStatus(),
                p.socialInsuranceNo(),
                p.assetsIncome());
    }

    /** What the audit log keeps of a profile: never the ID number in clear, nor health or assets. */
    private static Profile auditView(Profile p) {
        return p.masked();
    }
}
