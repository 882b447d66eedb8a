package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A VIEWER is refused on every write, in the API and on the pages, and an anonymous caller gets 401
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

    @Test
    void aViewerGets403OnEveryApiWrite() {
        List<String[]> writes = endpoints(true, true);
        assertThat(writes).isNotEmpty();
        Api viewer = Api.demo(port, "bnv.viewer");
        for (String[] endpoint : writes) {
            if (endpoint[1].endsWith("/lookup")) {
                continue; // a read that is POSTed to keep its key out of URLs
            }
            Api.Response response = call(viewer, endpoint[0], endpoint[1]);
            assertThat(response.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(403);
        }
    }

    @Test
    void aViewerGets403OnEveryPageWrite() {
        List<String[]> writes = endpoints(false, true);
        assertThat(writes).isNotEmpty();
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        web.get(port, "/");
        for (String[] endpoint : writes) {
            if (OWN_ACCOUNT.contains(endpoint[1]) || endpoint[1].endsWith("/lookup")) {
                continue;
            }
            WebSession.Page page = web.postForm(port, endpoint[1], Map.of());
            assertThat(page.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Exception").doesNotContain("at vn.noivu");
        }
    }

    @Test
    void anUnauthenticatedCallerGets401FromEveryApiEndpoint() {
        Api anonymous = Api.anonymous(port);
        for (String[] endpoint : endpoints(true, false)) {
            if (endpoint[1].equals("/api/v1/rewards/public")) {
                continue; // nominees in public notice: open by law (docs/reward-api.md)
            }
            assertThat(call(anonymous, endpoint[0], endpoint[1]).status())
                    .as(endpoint[0] + " " + endpoint[1])
                    .isEqualTo(401);
        }
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
