package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.platform.security.Role;

/**
 * The role matrix (docs/decisions/007-role-matrix.md) on every write, in the API and on the pages: a
 * VIEWER is refused everywhere, an EDITOR enters data but approves nothing, an APPROVER approves but
 * enters no data, an ADMIN does all of it and alone administers accounts; an anonymous caller gets 401
 * from every API endpoint. The endpoints are read from the application's own mappings, so a write
 * endpoint added by any module is covered without editing this test.
 */
@NoiVuIntegrationTest
class WriteEndpointsIntegrationTests {

    /** Page writes every signed-in user may make about themselves. */
    private static final Set<String> OWN_ACCOUNT = Set.of("/logout", "/account/password", "/login");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The demo account holding each role (README). */
    private static final Map<Role, String> ACCOUNTS = Map.of(
            Role.VIEWER, "bnv.viewer", Role.EDITOR, "bnv.editor", Role.APPROVER, "bnv.leader", Role.ADMIN, "bnv.admin");

    /** Who may make a write, by the matrix. */
    static Set<Role> allowed(String path) {
        if (path.endsWith("/lookup")
                || path.equals("/api/v1/rewards/eligibility")
                || isPublic(path)
                || OWN_ACCOUNT.contains(path)) {
            return EnumSet.allOf(Role.class);
        }
        if (path.startsWith("/api/v1/users") || path.startsWith("/api/v1/admin/") || path.startsWith("/admin/")) {
            return EnumSet.of(Role.ADMIN);
        }
        if (path.matches("(/api/v1)?/organizations/(plans/[^/]+/(approve|reject)|restructurings/[^/]+/cancel)")) {
            return EnumSet.of(Role.APPROVER, Role.ADMIN);
        }
        if (path.matches("(/api/v1)?/rewards/nominations/[^/]+/(decision|revocation)")) {
            return EnumSet.of(Role.APPROVER, Role.ADMIN); // the decision on a nomination and its revocation
        }
        if (path.matches("(/api/v1/reporting/reports|/reporting/forms)/.+/(accept|return|reopen)")) {
            return EnumSet.of(Role.APPROVER, Role.ADMIN); // the receiving level's decision on a report
        }
        if (path.matches("(/api/v1)?/reform/assessments/[^/]+/finalise")) {
            return EnumSet.of(Role.APPROVER, Role.ADMIN); // the evaluator's final decision on an appraisal
        }
        if (path.matches("(/api/v1)?/review/drafts/[^/]+/approve")) {
            return EnumSet.of(Role.APPROVER, Role.ADMIN); // approving the annual review freezes its figures
        }
        return EnumSet.of(Role.EDITOR, Role.ADMIN);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyApiWriteFollowsTheRoleMatrix(Role role) {
        List<String[]> writes = endpoints(true, true);
        Api api = Api.demo(port, ACCOUNTS.get(role));
        List<String> wrong = new ArrayList<>();
        for (String[] endpoint : writes) {
            boolean mayWrite = allowed(endpoint[1]).contains(role);
            int status = call(api, endpoint[0], endpoint[1]).status();
            if (mayWrite == (status == 403) || status == 401) {
                wrong.add(endpoint[0] + " " + endpoint[1] + " → " + status);
            }
        }
        assertThat(wrong).as(role + " against the matrix").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPageWriteFollowsTheRoleMatrix(Role role) {
        List<String[]> writes = endpoints(false, true);
        WebSession web = new WebSession();
        web.login(port, ACCOUNTS.get(role), TestUsers.DEMO_PASSWORD);
        web.get(port, "/");
        List<String> wrong = new ArrayList<>();
        for (String[] endpoint : writes) {
            if (OWN_ACCOUNT.contains(endpoint[1])) {
                continue; // signing out or in would end this session
            }
            boolean mayWrite = allowed(endpoint[1]).contains(role);
            int status = web.postForm(port, endpoint[1], Map.of()).status();
            if (mayWrite == (status == 403)) {
                wrong.add(endpoint[0] + " " + endpoint[1] + " → " + status);
            }
        }
        assertThat(wrong).as(role + " against the matrix").isEmpty();
    }

    @Test
    void anUnauthenticatedCallerGets401FromEveryApiEndpoint() {
        Api anonymous = Api.anonymous(port);
        for (String[] endpoint : endpoints(true, false)) {
            if (isPublic(endpoint[1])) {
                continue; // nominees in public notice: open by law (docs/reward-api.md)
            }
            assertThat(call(anonymous, endpoint[0], endpoint[1]).status())
                    .as(endpoint[0] + " " + endpoint[1])
                    .isEqualTo(401);
        }
    }

    /** Nominees in public notice and the public's comments on them: open by law (docs/reward-api.md). */
    private static boolean isPublic(String path) {
        return path.startsWith("/api/v1/rewards/public") || path.startsWith("/public/");
    }

    private static Api.Response call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "PUT" -> api.put(path, "{}");
            case "DELETE" -> api.delete(path);
            default -> api.post(path, "{}");
        };
    }

    /** [method, concrete path] of API or page endpoints, writes only or all. */
    private List<String[]> endpoints(boolean api, boolean writesOnly) {
        List<String[]> result = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") != api || pattern.startsWith("/error")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    boolean write = method != RequestMethod.GET
                            && method != RequestMethod.HEAD
                            && method != RequestMethod.OPTIONS;
                    if (write || !writesOnly) {
                        result.add(new String[] {method.name(), path});
                    }
                }
            }
        });
        return result;
    }
}
