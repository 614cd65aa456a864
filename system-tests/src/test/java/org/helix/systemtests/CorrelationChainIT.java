package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One correlation id through the whole suite (issue 15 item 3): the X-Request-Id of the request that starts a chain
 * is carried by every event it causes (CloudEvents attribute {@code correlationid}) and every audit row those events
 * cause in other services, and {@code GET /api/admin/correlations/{id}} on the gateway shows the chain from every
 * service, as an admin.
 */
class CorrelationChainIT {

    private static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    private static final String NOVA = "00000000-0000-4000-8000-000000000003";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> CONSUMERS_OF_ORGANISATIONS = List.of("talent-exchange-service",
            "curriculum-service", "incubation-service", "funding-service");
    private static String gateway;

    @BeforeAll
    static void organisations() {
        gateway = RunningSuite.gateway();
        for (String[] organisation : new String[][] {{RIVERSIDE, "Riverside Vocational College", "SCHOOL"},
                {NOVA, "Nova Precision Manufacturing", "ENTERPRISE"}}) {
            as("secretariat").body(Map.of("id", organisation[0], "name", organisation[1], "type", organisation[2]))
                    .post(gateway + "/api/governance/organisations").then().statusCode(anyOf(is(201), is(409)));
        }
    }

    @Test
    void anOrganisationRegisteredInGovernanceIsOneChainAcrossEveryServiceThatAppliedIt() {
        String chainId = "partner-registration-" + UUID.randomUUID();
        String organisation = as("secretariat").header("X-Request-Id", chainId)
                .body(Map.of("name", "Chain Test Enterprise " + chainId.substring(chainId.length() - 8),
                        "type", "ENTERPRISE"))
                .post(gateway + "/api/governance/organisations").then().statusCode(201)
                .header("X-Request-Id", chainId).extract().path("id");

        JsonPath chain = awaitChain(chainId, found -> appliedBy(found).containsAll(CONSUMERS_OF_ORGANISATIONS));

        JsonPath governance = part(chain, "governance-service");
        assertThat(governance.getList("changes.resourceId"), hasItem(organisation));
        assertThat(governance.getList("changes.correlationId"), hasItem(chainId));
        assertThat(governance.getList("published.type"), hasItem("OrganisationRegistered"));
        String eventId = governance.getString("published.find { it.type == 'OrganisationRegistered' }.eventId");
        for (String consumer : CONSUMERS_OF_ORGANISATIONS) {
            List<String> applied = part(chain, consumer).getList("applied.eventId");
            assertEquals(1, applied.stream().filter(eventId::equals).count(), consumer + " applied it once");
        }
        assertTrue(chain.getList("timeline.kind").containsAll(List.of("CHANGE", "PUBLISHED", "APPLIED")));
        assertEquals(Map.of(), chain.getMap("unavailable"));
    }

    @Test
    void aResolutionAdoptedCarriesItsChainToTheRevisionItOpensInCurriculum() {
        String committee = as("gov-officer").body(Map.of("name", "Chain committee " + UUID.randomUUID().toString()
                .substring(0, 8), "tier", "MACRO")).post(gateway + "/api/governance/committees").then()
                .statusCode(201).extract().path("id");
        for (String[] member : new String[][] {{RIVERSIDE, "CHAIR"}, {NOVA, "MEMBER"}}) {
            as("secretariat").body(Map.of("organisationId", member[0], "position", member[1]))
                    .post(gateway + "/api/governance/committees/" + committee + "/members").then().statusCode(201);
        }
        String resolution = as("school-admin").body(Map.of("title", "Revise the welding curriculum", "text",
                        "The committee asks Riverside to add robotic welding.", "kind", "CURRICULUM_REVISION",
                        "schoolId", RIVERSIDE, "courseOrProgramme", "Robotic welding " + UUID.randomUUID()
                                .toString().substring(0, 8)))
                .post(gateway + "/api/governance/committees/" + committee + "/resolutions").then().statusCode(201)
                .extract().path("id");
        as("secretariat").post(gateway + "/api/governance/resolutions/" + resolution + "/voting/open").then()
                .statusCode(200);
        for (String voter : List.of("school-admin", "enterprise-rep")) {
            as(voter).body(Map.of("choice", "FOR")).post(gateway + "/api/governance/resolutions/" + resolution
                    + "/votes").then().statusCode(201);
        }
        String chainId = "secretariat-closing-" + UUID.randomUUID();
        as("secretariat").header("X-Request-Id", chainId)
                .post(gateway + "/api/governance/resolutions/" + resolution + "/voting/close").then()
                .statusCode(200).body("status", equalTo("ADOPTED"));

        JsonPath chain = awaitChain(chainId, found -> !part(found, "curriculum-service").getList("changes")
                .isEmpty());

        JsonPath governance = part(chain, "governance-service");
        assertThat(governance.getList("changes.resourceId"), hasItem(resolution));
        assertThat(governance.getList("published.type"), hasItem("ResolutionAdopted"));
        JsonPath curriculum = part(chain, "curriculum-service");
        assertThat(curriculum.getList("applied.type"), hasItem("helix.governance.ResolutionAdopted"));
        assertThat("the draft revision the event opened is audited under the same chain",
                curriculum.getList("changes.resourceType"), hasItem("Revision"));
        assertThat(curriculum.getList("changes.correlationId"), hasItems(chainId));
        assertThat("and the event it publishes carries the chain on", curriculum.getList("published.type"),
                hasItem("RevisionOpened"));
        // the request that opened voting is another chain: nothing of it shows here
        assertThat(governance.getList("changes.correlationId").stream().distinct().toList(), equalTo(List.of(chainId)));
    }

    private static JsonPath awaitChain(String chainId, java.util.function.Predicate<JsonPath> complete) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> as("admin")
                .get(gateway + "/api/admin/correlations/" + chainId).then().statusCode(200).extract().jsonPath(),
                complete);
    }

    private static List<String> appliedBy(JsonPath chain) {
        return chain.getList("services.findAll { it.applied.size() > 0 }.service");
    }

    /** One service's part of the chain. */
    private static JsonPath part(JsonPath chain, String service) {
        int index = chain.getList("services.service").indexOf(service);
        assertTrue(index >= 0, service + " answered");
        return JsonPath.from(chain.prettify()).setRootPath("services[" + index + "]");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
