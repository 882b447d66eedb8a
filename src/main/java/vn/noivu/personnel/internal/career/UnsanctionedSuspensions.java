package vn.noivu.personnel.internal.career;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.personnel.EmploymentChanged;
import vn.noivu.personnel.internal.person.PersonStore;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Cancels a suspension that no discipline followed, so that its time counts toward the step again.
 *
 * <p>A suspension (tạm đình chỉ công tác) is decided while a discipline is being considered; it is time
 * that does not count toward the next step (TT 08/2013/TT-BNV Art. 2(1)(c) as amended by TT
 * 03/2021/TT-BNV). A person suspended and then not disciplined gets the suspended pay back (NĐ 172/2025/NĐ-CP
 * Art. 36(5) [S]) and returns to the post (Luật CBCC 2008 Art. 81 [S]); when the measure was wrongful the
 * suspended time counts toward the step (TT 08/2013/TT-BNV [S-]). So the time only stays non-counting
 * when a discipline <em>follows</em>: an active DISCIPLINE event of the person dated from the suspension's
 * first day to its last day plus {@value #HANDLING_DAYS} days — the longest time to handle a discipline
 * (90 days, extendable to 150, NĐ 172/2025/NĐ-CP [S]), counted here from the end of the suspension, the
 * later of the possible starts. Once that day has passed without one, the suspension is cancelled by the
 * system: status SYSTEM_CANCELLED with the reason {@value #REASON}, the employment derived again, the
 * cancellation audited as actor {@code system}. A decision clearing the person earlier is recorded by
 * cancelling the event (DELETE …/events/{id}).
 */
@Service
public class UnsanctionedSuspensions {

    static final int HANDLING_DAYS = 150;
    static final String REASON = "SUSPENSION_WITHOUT_SANCTION";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger log = LoggerFactory.getLogger(UnsanctionedSuspensions.class);

    private final JdbcClient jdbc;
    private final PersonStore people;
    private final Careers careers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    UnsanctionedSuspensions(
            JdbcClient jdbc,
            PersonStore people,
            Careers careers,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.careers = careers;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every night (configurable; "-" turns it off). */
    @Scheduled(cron = "${noivu.personnel.unsanctioned-suspensions.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void cancelScheduled() {
        List<Long> cancelled = cancelAsOf(LocalDate.now(VIETNAM));
        if (!cancelled.isEmpty()) {
            log.info("Suspensions without a sanction cancelled: {}", cancelled);
        }
    }

    /**
     * Cancels the suspensions whose last day + {@value #HANDLING_DAYS} days is before {@code today} and
     * that no discipline followed; returns their ids. Each person in a transaction of their own: a
     * history the rules refuse once derived again is left as it is, with a warning.
     */
    public List<Long> cancelAsOf(LocalDate today) {
        List<long[]> due = jdbc.sql("""
                        SELECT e.id, e.person_id FROM personnel.career_event e
                        WHERE e.status = 'ACTIVE' AND e.kind = 'NON_COUNTING_PERIOD' AND e.reason = 'SUSPENSION'
                          AND e.period_to + :days < :today
                          AND NOT EXISTS (
                              SELECT 1 FROM personnel.career_event d
                              WHERE d.person_id = e.person_id AND d.status = 'ACTIVE' AND d.kind = 'DISCIPLINE'
                                AND d.effective_date BETWEEN e.effective_date AND e.period_to + :days)
                        ORDER BY e.person_id, e.id""")
                .param("days", HANDLING_DAYS)
                .param("today", today)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        List<Long> cancelled = new ArrayList<>();
        Map<Long, List<Long>> byPerson = new LinkedHashMap<>();
        for (long[] row : due) {
            byPerson.computeIfAbsent(row[1], p -> new ArrayList<>()).add(row[0]);
        }
        byPerson.forEach((personId, ids) -> {
            try {
                transaction.executeWithoutResult(status -> cancel(personId, ids));
                cancelled.addAll(ids);
            } catch (BusinessRuleException e) {
                log.warn("Suspensions {} of person {} not cancelled: {}", ids, personId, e.getMessage());
            }
        });
        return cancelled;
    }

    private void cancel(long personId, List<Long> ids) {
        PersonStore.PersonRow person = people.find(personId).orElseThrow();
        LocalDate earliest = null;
        for (long id : ids) {
            CareerEvent before = jdbc.sql("SELECT * FROM personnel.career_event WHERE id = :id")
                    .param("id", id)
                    .query(CareerEvent.class)
                    .single();
            jdbc.sql("""
                            UPDATE personnel.career_event SET status = 'SYSTEM_CANCELLED', cancel_reason = :reason
                            WHERE id = :id AND status = 'ACTIVE'""").param("reason", REASON).param("id", id).update();
            audit.recordAs(
                    "system",
                    "SYSTEM_CANCEL",
                    "personnel.career_event",
                    String.valueOf(id),
                    Careers.describe(before),
                    null,
                    REASON + ": no DISCIPLINE from " + before.effectiveDate() + " to "
                            + before.periodTo().plusDays(HANDLING_DAYS));
            if (earliest == null || before.effectiveDate().isBefore(earliest)) {
                earliest = before.effectiveDate();
            }
        }
        careers.rederive(person);
        events.publishEvent(new EmploymentChanged(personId, earliest));
    }
}
