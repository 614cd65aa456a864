package org.helix.incubation.organisation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class OrganisationResourceTest {

    @Test
    void withoutATokenTheCallerIsUnauthenticated() {
        given().get(Replica.ORGANISATIONS + UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:helix:problem:unauthenticated"));
    }

    @Test
    void anUnknownOrganisationIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        // a partner system's client-credentials token: any authenticated caller may read organisations
        given().auth().oauth2(Tokens.client("partner-school"))
                .get(Replica.ORGANISATIONS + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString(unknown.toString()))
                .body("instance", equalTo(Replica.ORGANISATIONS + unknown));
    }
}
