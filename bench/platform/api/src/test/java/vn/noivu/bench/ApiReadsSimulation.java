package vn.noivu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code bench.users} API clients (default 20) calling the reads of the load probe in a loop for
 * {@code bench.seconds} (default 60), each with the same {@code Authorization} header (HTTP Basic or an
 * API token): who am I, a province's communes, a province's organisations, the national staffing
 * reduction, a people search (national user: {@code bnv.viewer}). Closed model: a client sends its next call when the last one answered.
 */
public class ApiReadsSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:18091");
    private static final String AUTHORIZATION = authorization();
    private static final int USERS = Integer.getInteger("bench.users", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final String LABEL = System.getProperty("bench.label", "api");

    /** {@code bench.token} (an API token, sent as Bearer) or {@code bench.basic} ({@code user:password}). */
    private static String authorization() {
        String token = System.getProperty("bench.token", "");
        if (!token.isBlank()) {
            return "Bearer " + token;
        }
        String basic = System.getProperty("bench.basic", "");
        if (basic.isBlank()) {
            throw new IllegalArgumentException("Give bench.token or bench.basic");
        }
        return "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .header("Authorization", AUTHORIZATION)
            // Each client keeps its connection open, as an integration's HTTP client would.
            .shareConnections();

    private final ChainBuilder reads = exec(
            http("me").get("/api/v1/me").check(status().is(200)),
            http("admin-units").get("/api/v1/admin-units?parentCode=01").check(status().is(200)),
            http("organizations").get("/api/v1/organizations?parentCode=UBND.01").check(status().is(200)),
            http("staffing-reduction")
                    .get("/api/v1/staffing/reduction?baselineYear=2021&year=2026")
                    .check(status().is(200)),
            http("people").get("/api/v1/people?q=nguyen&size=20").check(status().is(200)));

    private final ScenarioBuilder clients = scenario(LABEL).forever().on(reads);

    {
        setUp(clients.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS));
    }
}
