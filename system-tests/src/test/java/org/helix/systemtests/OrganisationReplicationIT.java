package org.helix.systemtests;

import io.restassured.http.ContentType;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Governance owns organisations; every other service keeps a replica fed by governance's events. */
class OrganisationReplicationIT {

    static final List<String> REPLICATING_SERVICES = List.of("talent-exchange", "incubation", "curriculum", "funding");

    @Test
    void anOrganisationRegisteredThroughTheGatewayAppearsInEveryOtherService() {
        String gateway = RunningSuite.gateway();
        String name = "Replicated Polytechnic " + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(Tokens.user("secretariat")).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"type\": \"SCHOOL\", \"region\": \"North\"}")
                .post(gateway + "/api/governance/organisations")
                .then().statusCode(201).extract().path("id");

        for (String service : REPLICATING_SERVICES) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.user("teacher"))
                            .get(gateway + "/api/" + service + "/organisations/" + id)
                            .then().statusCode(200)
                            .body("name", equalTo(name), "type", equalTo("SCHOOL"), "region", equalTo("North")));
        }

        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + " (renamed)\", \"type\": \"SCHOOL\", \"version\": 0}")
                .put(gateway + "/api/governance/organisations/" + id)
                .then().statusCode(200);
        for (String service : REPLICATING_SERVICES) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.client("partner-enterprise"))
                            .get(gateway + "/api/" + service + "/organisations/" + id)
                            .then().statusCode(200).body("name", equalTo(name + " (renamed)"), "version", equalTo(1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"governance", "talent-exchange", "incubation", "curriculum", "funding"})
    void theGatewayRoutesToEveryServiceWhichChecksTheTokenItself(String service) {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.user("teacher"))
                .get(RunningSuite.gateway() + "/api/" + service + "/organisations/" + unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/" + service + "/organisations/" + unknown));
        given().get(RunningSuite.gateway() + "/api/" + service + "/organisations/" + unknown)
                .then().statusCode(401);
    }
}
