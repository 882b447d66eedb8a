package vn.noivu.reward;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.reward.internal.BonusCalculator;
import vn.noivu.reward.internal.Catalogue;
import vn.noivu.reward.internal.CertificatePdf;
import vn.noivu.reward.internal.ClusterRegistry;
import vn.noivu.reward.internal.ClusterScoring;
import vn.noivu.reward.internal.CommentThrottle;
import vn.noivu.reward.internal.EligibilityCheck;
import vn.noivu.reward.internal.Movements;
import vn.noivu.reward.internal.Nominations;
import vn.noivu.reward.internal.RegistryStatistics;
import vn.noivu.reward.internal.RewardImport;
import vn.noivu.reward.internal.RewardRegistry;
import vn.noivu.reward.internal.Subjects;

/** What the rest of NoiVu may ask the reward module; it only delegates to the module's use cases. */
@Service
public class Rewards {

    private final Catalogue catalogue;
    private final BonusCalculator bonuses;
    private final RewardRegistry registry;
    private final RewardImport imports;
    private final EligibilityCheck eligibility;
    private final ClusterRegistry clusters;
    private final Nominations nominations;
    private final CommentThrottle commentThrottle;
    private final Movements movements;
    private final ClusterScoring scoring;
    private final CertificatePdf certificates;
    private final RegistryStatistics statistics;
    private final Subjects subjects;

    Rewards(
            Catalogue catalogue,
            BonusCalculator bonuses,
            RewardRegistry registry,
            RewardImport imports,
            EligibilityCheck eligibility,
            ClusterRegistry clusters,
            Nominations nominations,
            CommentThrottle commentThrottle,
            Movements movements,
            ClusterScoring scoring,
            CertificatePdf certificates,
            RegistryStatistics statistics,
            Subjects subjects) {
        this.catalogue = catalogue;
        this.bonuses = bonuses;
        this.registry = registry;
        this.imports = imports;
        this.eligibility = eligibility;
        this.clusters = clusters;
        this.nominations = nominations;
        this.commentThrottle = commentThrottle;
        this.movements = movements;
        this.scoring = scoring;
        this.certificates = certificates;
        this.statistics = statistics;
        this.subjects = subjects;
    }

    /** Every version of every title and reward form. */
    public List<CatalogueEntry> catalogue() {
        return catalogue.all();
    }

    /** The bonus of a title or form decided on a date, for a person or for a collective. */
    public Optional<Bonus> bonus(String code, LocalDate decisionDate, boolean collective) {
        return bonuses.bonus(code, decisionDate, collective);
    }

    public Award recordAward(AwardRequest request) {
        return registry.addAward(request);
    }

    public Initiative recordInitiative(InitiativeRequest request) {
        return registry.addInitiative(request);
    }

    public void recordRating(RatingRequest request) {
        registry.setRating(request);
    }

    public void recordDiscipline(DisciplineRequest request) {
        registry.addDiscipline(request);
    }

    /** Awards in the user's scope of a person or a unit (or all, newest first, at most 1,000). */
    public List<Award> awards(Long personId, String orgCode) {
        return registry.awards(personId, orgCode);
    }

    /** Imports awards or initiatives ({@code kind} = awards | initiatives), all or nothing. */
    public ImportResult importFile(String kind, String filename, TabularFile file) {
        return imports.importFile(kind, filename, file);
    }

    /** A province's whole award history is some tens of thousands of rows. */
    public static final int MAX_IMPORT_ROWS = 100_000;

    public Eligibility eligibility(EligibilityRequest request) {
        return eligibility.check(request);
    }

    public Cluster createCluster(Cluster.Request request) {
        return clusters.create(request);
    }

    /** Clusters the user may see: those inside the user's scope and those the user's scope lies in. */
    public List<Cluster> clusters() {
        return clusters.list();
    }

    /** A cluster with its members of {@code year} (none when null) and all its leaders. */
    public Cluster cluster(String code, Integer year) {
        return clusters.get(code, year);
    }

    public Cluster setClusterMembers(String code, int year, List<Cluster.Member> members) {
        return clusters.setMembers(code, year, members);
    }

    public Cluster.Leader designateClusterLeader(String code, int year, String orgCode) {
        return clusters.designate(code, year, orgCode);
    }

    /** Chooses the leader of a year by the cluster's rule (rotation, or the given vote). */
    public Cluster.Leader chooseClusterLeader(String code, int year, Cluster.Vote vote) {
        return clusters.choose(code, year, vote);
    }

    public Nomination nominate(Nomination.Request request) {
        return nominations.create(request);
    }

    public Nomination putOnNotice(long id, Nomination.Notice notice) {
        return nominations.notice(id, notice);
    }

    /** Adds a document (tờ trình, báo cáo thành tích, biên bản bình xét) to a nomination's dossier. */
    public Nomination.Attachment attach(long id, String kind, String filename, String contentType, byte[] content) {
        return nominations.attach(id, kind, filename, contentType, content);
    }

    public List<Nomination.Attachment> attachments(long id) {
        return nominations.attachments(id);
    }

    public byte[] attachmentContent(long id, long attachmentId) {
        return nominations.attachmentContent(id, attachmentId);
    }

    /** Sends a complete dossier to the council. */
    public Nomination sendToCouncil(long id) {
        return nominations.review(id);
    }

    /** Records the council's secret ballot (counts only). */
    public Nomination recordVote(long id, Nomination.Vote vote) {
        return nominations.vote(id, vote);
    }

    public Nomination appraise(long id, Nomination.Appraisal appraisal) {
        return nominations.appraise(id, appraisal);
    }

    /** Proposes an appraised nomination of the Prime Minister's or the President's to the Ministry (tờ trình). */
    public Nomination submit(long id, Nomination.Submission submission) {
        return nominations.submit(id, submission);
    }

    /**
     * The Ministry's appraisal of a nomination proposed to it for a title or form of the Prime Minister or
     * the President (national scope only, else {@link MinistryOnlyException}).
     */
    public Nomination appraiseAtMinistry(long id, Nomination.Appraisal appraisal) {
        return nominations.appraiseAtMinistry(id, appraisal);
    }

    /** The Ministry submits an appraised nomination to the Prime Minister (national scope only). */
    public Nomination referToPrimeMinister(long id, Nomination.Submission referral) {
        return nominations.refer(id, referral);
    }

    /** The decision on an appraised nomination (four eyes); approved ones enter the registry. */
    public Nomination decide(long id, Nomination.Decision decision) {
        return nominations.decide(id, decision);
    }

    public Nomination revoke(long id, Nomination.Revocation revocation) {
        return nominations.revoke(id, revocation);
    }

    /** Releases a held nomination once its reason no longer holds. */
    public Nomination release(long id) {
        return nominations.release(id);
    }

    /**
     * A comment of the public on a nominee in notice today (no login), refused with {@link
     * CommentLimitException} beyond the client address's allowance.
     */
    public Nomination.StoredComment comment(
            long id, Nomination.Comment comment, String clientAddress, LocalDate today) {
        String client = commentThrottle.clientHash(clientAddress);
        if (!commentThrottle.tryAcquire(client)) {
            throw new CommentLimitException();
        }
        return nominations.comment(id, comment, client, today);
    }

    public List<Nomination.StoredComment> comments(long id) {
        return nominations.comments(id);
    }

    /** The legal basis of a title's council thresholds (what is read, what is not yet checked). */
    public String procedureBasis(String title) {
        return nominations.rule(title).basis();
    }

    public Nomination nomination(long id) {
        return nominations.get(id);
    }

    public List<Nomination> nominations(Integer year) {
        return nominations.list(year);
    }

    /** A unit's name for pages (the code when unknown). */
    public String unitName(String orgCode) {
        return subjects.unitName(orgCode);
    }

    /** Nominees in public notice today: only name, unit, title and summary (read without login). */
    public List<Nomination.PublicEntry> publicNotice(LocalDate today) {
        return nominations.inNotice(today);
    }

    /** Launches an emulation movement by its decision. */
    public Movement launchMovement(Movement.Request request) {
        return movements.launch(request);
    }

    /** Movements the user may see (of their subtree and those launched above it), running in a year if given. */
    public List<Movement> movements(Integer year) {
        return movements.list(year);
    }

    public Movement movement(long id) {
        return movements.get(id);
    }

    /** Registers a unit or person of the user's scope in a movement, with its pledge. */
    public Movement registerInMovement(long id, Movement.RegistrationRequest request) {
        return movements.register(id, request);
    }

    /** Movements launched per year and kind, with the registrations of the user's scope. */
    public List<Movement.YearCount> movementsPerYear() {
        return movements.perYear();
    }

    /** Replaces a cluster's scoring criteria of a year. */
    public List<Cluster.Criterion> setClusterCriteria(String code, int year, List<Cluster.Criterion> criteria) {
        return scoring.setCriteria(code, year, criteria);
    }

    public List<Cluster.Criterion> clusterCriteria(String code, int year) {
        return scoring.criteria(code, year);
    }

    /** Records members' points and answers the year's standings. */
    public List<Cluster.Standing> scoreClusterMembers(String code, int year, List<Cluster.Score> scores) {
        return scoring.score(code, year, scores);
    }

    public List<Cluster.Standing> clusterStandings(String code, int year) {
        return scoring.standings(code, year);
    }

    /** The cluster's proposal of its leading member of the year for an emulation flag. */
    public Cluster.Flag proposeClusterFlag(String code, int year, Cluster.FlagRequest request) {
        return scoring.proposeFlag(code, year, request);
    }

    /** Prints the certificate (Giấy khen, Bằng khen) of an award in scope to PDF. */
    public void writeCertificate(long awardId, java.io.OutputStream out) {
        certificates.write(awardId, out);
    }

    /** Awards and bonus paid per year and unit, in the user's scope (the bonus fund's totals). */
    public List<BonusTotal> bonusTotals(Integer year) {
        return statistics.bonusTotals(year);
    }

    /**
     * Emulation and commendation of a subtree ({@code path}, "/" for the country) in a year, for the
     * annual review: movements, awards per title or form, bonus paid and the clusters' flags.
     */
    public RewardYear year(String path, int year) {
        return statistics.year(path, year);
    }

    /** Eligibility of every member of a unit's subtree for an individual title and year. */
    public EligibilitySummary eligibilityOfMembers(EligibilityRequest request) {
        return eligibility.checkMembers(request.orgCode(), request.title(), request.year());
    }
}
