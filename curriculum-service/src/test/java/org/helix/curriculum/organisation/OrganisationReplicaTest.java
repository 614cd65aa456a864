package org.helix.curriculum.organisation;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Governance's organisation events, built from its schema files and sent as real records, become what the API serves. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class OrganisationReplicaTest {

    static final String ORGANISATIONS = "/api/curriculum/organisations/";

    private final CloudEventTopic governance = org.helix.curriculum.CurriculumFixtures.GOVERNANCE;

    @Test
    void aRegisteredAndThenUpdatedOrganisationCanBeRead() {
        ContractFixture registered = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("name", "Jade River Polytechnic").with("type", "SCHOOL").with("region", "North Valley")
                .with("version", 0);
        String id = registered.text("organisationId");
        governance.send(OrganisationReplica.REGISTERED, "Organisation/" + id, id, registered.bytes());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> get(id).statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(id))
                .body("name", equalTo("Jade River Polytechnic"))
                .body("type", equalTo("SCHOOL"))
                .body("region", equalTo("North Valley"))
                .body("contactEmail", equalTo(registered.text("contactEmail")))
                .body("website", equalTo(registered.text("website")))
                .body("version", equalTo(0)));

        ContractFixture updated = ContractFixture.ofEvent("governance-service", "OrganisationUpdated")
                .with("organisationId", id).with("name", "Jade River University").with("type", "SCHOOL")
                .with("region", null).with("version", 1);
        governance.send(OrganisationReplica.UPDATED, "Organisation/" + id, id, updated.bytes());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(id).statusCode(200)
                .body("name", equalTo("Jade River University"))
                .body("region", equalTo(null))
                .body("version", equalTo(1)));
    }

    @Test
    void anUnknownOrganisationIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        // a partner system's client-credentials token: any authenticated caller may read organisations
        given().auth().oauth2(Tokens.client("partner-school")).get(ORGANISATIONS + unknown)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:not-found"))
                .body("detail", containsString(unknown.toString()))
                .body("instance", equalTo(ORGANISATIONS + unknown));
    }

    @Test
    void withoutATokenTheCallerIsUnauthenticated() {
        given().get(ORGANISATIONS + UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    static ValidatableResponse get(String organisationId) {
        return given().auth().oauth2(Tokens.user("secretariat")).get(ORGANISATIONS + organisationId).then();
    }
}
