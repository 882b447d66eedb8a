package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reward.Nomination;

/**
 * Nominations and their public notice. The public list is read without login, so it selects only the
 * name, the unit's name, the title's name and the summary of nominees whose notice runs today.
 */
@Component
public class Nominations {

    private static final String COLUMNS = """
            SELECT id, person_id, org_code, nominee_name, unit_code, title_code AS title, year, summary, status,
                   notice_from, notice_until
            FROM reward.nomination""";

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Subjects subjects;
    private final AuditLog audit;

    Nominations(JdbcClient jdbc, Catalogue catalogue, Subjects subjects, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.audit = audit;
    }

    @Transactional
    public Nomination create(Nomination.Request r) {
        boolean collective = r.orgCode() != null && !r.orgCode().isBlank();
        if ((r.personId() == null) == !collective) {
            throw new BusinessRuleException("personId", "reward.subject.oneOf", new Object[0]);
        }
        String unit;
        String path;
        if (collective) {
            unit = r.orgCode().trim();
            path = subjects.orgPath(unit)
                    .orElseThrow(() -> new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {unit}));
        } else {
            var place = subjects.personUnit(r.personId())
                    .orElseThrow(() -> new BusinessRuleException(
                            "personId", "reward.person.unknown", new Object[] {String.valueOf(r.personId())}));
            unit = place[0];
            path = place[1];
        }
        if (r.title() == null || catalogue.latest(r.title().trim()).isEmpty()) {
            throw new BusinessRuleException("title", "reward.title.unknown", new Object[] {String.valueOf(r.title())});
        }
        if (r.year() == null || r.year() < 1945 || r.year() > LocalDate.now().getYear() + 1) {
            throw new BusinessRuleException("year", "reward.year.invalid", new Object[] {String.valueOf(r.year())});
        }
        List<String> blank = new ArrayList<>();
        if (Texts.refusal(r.nomineeName(), 200) != null) {
            blank.add("nomineeName");
        }
        if (Texts.refusal(r.summary(), 2000) != null) {
            blank.add("summary");
        }
        if (!blank.isEmpty()) {
            throw new BusinessRuleException(blank.get(0), "reward.nomination.text", new Object[0]);
        }
        long id = jdbc.sql("""
                        INSERT INTO reward.nomination (person_id, org_code, nominee_name, unit_code, title_code, year,
                            summary, scope_path, created_by)
                        VALUES (:p, :o, :n, :u, :t, :y, :s, :path, :by) RETURNING id""")
                .param("p", r.personId())
                .param("o", collective ? unit : null)
                .param("n", r.nomineeName().trim())
                .param("u", unit)
                .param("t", r.title().trim())
                .param("y", r.year())
                .param("s", r.summary().trim())
                .param("path", path)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Nomination created = get(id);
        audit.record("CREATE", "reward.nomination", String.valueOf(id), null, created);
        return created;
    }

    /** Puts a nomination on public notice from a day for a number of days (1–60). */
    @Transactional
    public Nomination notice(long id, Nomination.Notice notice) {
        Nomination before = get(id);
        if (notice == null || notice.from() == null) {
            throw new BusinessRuleException("from", "reward.date.invalid", new Object[0]);
        }
        if (notice.days() == null || notice.days() < 1 || notice.days() > 60) {
            throw new BusinessRuleException("days", "reward.nomination.days", new Object[0]);
        }
        jdbc.sql("""
                        UPDATE reward.nomination SET status = 'IN_NOTICE', notice_from = :f, notice_until = :u
                        WHERE id = :id""")
                .param("f", notice.from())
                .param("u", notice.from().plusDays(notice.days() - 1L))
                .param("id", id)
                .update();
        Nomination after = get(id);
        audit.record("NOTICE", "reward.nomination", String.valueOf(id), before, after);
        return after;
    }

    /** A nomination in the user's scope; 404 otherwise. */
    @Transactional(readOnly = true)
    public Nomination get(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id AND scope_path LIKE :scope")
                .param("id", id)
                .param("scope", CurrentUser.scope().likePattern())
                .query(Nomination.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("nomination", id));
    }

    @Transactional(readOnly = true)
    public List<Nomination> list(Integer year) {
        return jdbc.sql(COLUMNS + """
                         WHERE scope_path LIKE :scope AND (CAST(:y AS int) IS NULL OR year = :y)
                        ORDER BY id DESC LIMIT 1000""")
                .param("scope", CurrentUser.scope().likePattern())
                .param("y", year)
                .query(Nomination.class)
                .list();
    }

    /** Nominees whose notice runs on {@code today}: name, unit name, title name and summary only. */
    @Transactional(readOnly = true)
    public List<Nomination.PublicEntry> inNotice(LocalDate today) {
        return jdbc.sql("""
                        SELECT n.nominee_name AS name, coalesce(u.name, n.unit_code) AS unit,
                               (SELECT c.name FROM reward.catalogue c WHERE c.code = n.title_code
                                ORDER BY c.valid_from DESC LIMIT 1) AS title,
                               n.summary, n.notice_until
                        FROM reward.nomination n
                        LEFT JOIN organization.api_unit u ON u.code = n.unit_code
                        WHERE n.status = 'IN_NOTICE' AND n.notice_from <= :d AND n.notice_until >= :d
                        ORDER BY n.notice_until, n.id LIMIT 500""")
                .param("d", today)
                .query(Nomination.PublicEntry.class)
                .list();
    }
}
