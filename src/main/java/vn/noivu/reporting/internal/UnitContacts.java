package vn.noivu.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.web.NotFoundException;

/** The e-mail addresses a unit's report reminders go to: read in the user's scope, set by its editors or administrators. */
@Service
public class UnitContacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");
    static final int MAX = 10;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Texts texts;

    UnitContacts(JdbcClient jdbc, Organizations organizations, Scopes scopes, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public List<String> get(String unitCode) {
        String code = readable(unitCode);
        return emails(code);
    }

    @Transactional
    public List<String> set(String unitCode, List<String> emails) {
        String code = readable(unitCode);
        NoiVuUser user = CurrentUser.get().orElseThrow();
        if (!user.hasRole(Role.EDITOR) && !user.hasRole(Role.ADMIN)) {
            throw new OutOfScopeException("reminder addresses of " + code);
        }
        List<Problem> problems = new ArrayList<>();
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        List<String> given = emails == null ? List.of() : emails;
        for (int i = 0; i < given.size(); i++) {
            String e = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(e).matches() || e.length() > 254) {
                problems.add(new Problem("emails[" + i + "]", texts.get("reporting.contacts.invalid", i + 1, e)));
            } else {
                clean.add(e);
            }
        }
        if (clean.size() > MAX) {
            problems.add(new Problem("emails", texts.get("reporting.contacts.tooMany", MAX)));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(
                    texts.get("reporting.refused.title"), texts.get("reporting.contacts.refused"), problems);
        }
        List<String> before = emails(code);
        if (clean.isEmpty()) {
            jdbc.sql("DELETE FROM reporting.unit_contact WHERE unit_code = :u")
                    .param("u", code)
                    .update();
        } else {
            jdbc.sql("""
                            INSERT INTO reporting.unit_contact (unit_code, emails, updated_by) VALUES (:u, :e, :actor)
                            ON CONFLICT (unit_code) DO UPDATE SET emails = EXCLUDED.emails,
                                updated_by = EXCLUDED.updated_by, updated_at = now()""")
                    .param("u", code)
                    .param("e", clean.toArray(String[]::new))
                    .param("actor", CurrentUser.actor())
                    .update();
        }
        List<String> after = List.copyOf(clean);
        audit.record(
                "REPORTING_CONTACTS_SET",
                "reporting.unit_contact",
                code,
                Map.of("emails", before),
                Map.of("emails", after));
        return after;
    }

    /** The unit's code if it exists and lies in the user's scope (404 otherwise, as elsewhere). */
    private String readable(String unitCode) {
        String code = unitCode == null ? "" : unitCode.strip().toUpperCase(Locale.ROOT);
        if (!organizations.exists(code)
                || !CurrentUser.scope().includes(scopes.resolve(code).path())) {
            throw new NotFoundException("organisation unit", unitCode);
        }
        return code;
    }

    private List<String> emails(String code) {
        return jdbc.sql("SELECT unnest(emails) FROM reporting.unit_contact WHERE unit_code = :u")
                .param("u", code)
                .query(String.class)
                .list();
    }
}
