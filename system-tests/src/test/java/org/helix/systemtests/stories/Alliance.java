package org.helix.systemtests.stories;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.awaitility.core.ConditionFactory;
import org.helix.local.App;
import org.helix.local.DemoData;
import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.Tokens;
import org.helix.systemtests.RunningSuite;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * What the stories share: the demo users calling through the gateway with real tokens, the demo organisations they
 * act for, fresh organisations for figures no other test touches, and the governance dashboard's figures.
 */
final class Alliance {

    static final String GOVERNMENT = "00000000-0000-4000-8000-000000000001";
    static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    static final String NOVA = "00000000-0000-4000-8000-000000000003";
    static final String ASSOCIATION = "00000000-0000-4000-8000-000000000004";
    static final String LAKESIDE = "00000000-0000-4000-8000-000000000012";
    static final String ORBIT = "00000000-0000-4000-8000-000000000013";

    static final String GOVERNANCE_API = "/api/governance";
    static final String TALENT_API = "/api/talent-exchange";
    static final String CURRICULUM_API = "/api/curriculum";
    static final String INCUBATION_API = "/api/incubation";
    static final String FUNDING_API = "/api/funding";
    static final List<String> REPLICAS = List.of(TALENT_API, CURRICULUM_API, INCUBATION_API, FUNDING_API);

    /** How long an event may take from one service to another on a busy 2-core machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Alliance() {
    }

    /** A demo user's request to the gateway. */
    static RequestSpecification as(String user) {
        String gateway = RunningSuite.gateway(); // the first call starts the suite: take the token after it
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).baseUri(gateway);
    }

    /** POSTs as the user, expects 201 and returns the new record's id. */
    static String create(String user, String path, Object body) {
        return as(user).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /**
     * A bounded wait for what another service learns from an event. Checked every 500 ms: some conditions are writes
     * through the gateway as a demo user, whose write budget is 2 per second.
     */
    static ConditionFactory eventually() {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500));
    }

    /** A short random tag keeping names unique across runs on the same databases. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The demo organisation in governance (a 409 means it is there) and, once replicated, in every other service. */
    static void demoOrganisation(String id, String name, String type) {
        as("secretariat").body(Map.of("id", id, "name", name, "type", type))
                .post(GOVERNANCE_API + "/organisations").then().statusCode(anyOf(is(201), is(409)));
        awaitReplicated(id);
    }

    /** A new organisation, known to every service: its figures on the dashboard are this run's alone. */
    static String newOrganisation(String name, String type) {
        String id = create("secretariat", GOVERNANCE_API + "/organisations", Map.of("name", name + " " + tag(),
                "type", type));
        awaitReplicated(id);
        return id;
    }

    private static void awaitReplicated(String id) {
        for (String service : REPLICAS) {
            eventually().untilAsserted(() -> as("teacher").get(service + "/organisations/" + id).then()
                    .statusCode(200));
        }
    }

    /**
     * A committee whose only member is the organisation: the dashboard narrowed to it shows that organisation's
     * figures alone.
     */
    static String scope(String organisation) {
        String committee = create("gov-officer", GOVERNANCE_API + "/committees", Map.of("name", "Story scope "
                + tag(), "tier", "MACRO"));
        create("secretariat", GOVERNANCE_API + "/committees/" + committee + "/members",
                Map.of("organisationId", organisation, "position", "CHAIR"));
        return committee;
    }

    /**
     * A figure of the governance dashboard (this year up to today), narrowed to a committee unless it is null: the
     * sum of the metric's lines whose dimensions include those given, zero when it has none.
     */
    static BigDecimal figure(String committee, String metric, Map<String, String> dimensions) {
        RequestSpecification request = as("teacher");
        if (committee != null) {
            request.queryParam("committee", committee);
        }
        JsonPath dashboard = request.get(GOVERNANCE_API + "/dashboard").then().statusCode(200).extract().jsonPath();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> figure : dashboard.<Map<String, Object>>getList("figures")) {
            Map<?, ?> lineDimensions = figure.get("dimensions") == null ? Map.of()
                    : (Map<?, ?>) figure.get("dimensions");
            if (metric.equals(figure.get("metric")) && figure.get("value") != null
                    && lineDimensions.entrySet().containsAll(dimensions.entrySet())) {
                sum = sum.add(new BigDecimal(figure.get("value").toString()));
            }
        }
        return sum.stripTrailingZeros();
    }

    /** The Keycloak subject of a demo user (the {@code sub} of their token). */
    static String subject(String user) {
        String payload = Tokens.user(user).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }

    /** Every service's demo data, written directly to the services as {@code helix up} writes it (idempotent). */
    static void seedDemo(String who) {
        Map<App, String> services = new EnumMap<>(App.class);
        App.services().forEach(service -> services.put(service, RunningSuite.direct(service)));
        new DemoData(services, HelixTestServers.endpoints().realmUrl())
                .seed(message -> System.out.println("[" + who + "] " + message));
    }

    /** {@code amount} as the dashboard's figures compare (scale-free). */
    static BigDecimal amount(String amount) {
        return new BigDecimal(amount).stripTrailingZeros();
    }
}
