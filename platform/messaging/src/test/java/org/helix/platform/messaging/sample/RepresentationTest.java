package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The representative roles (school-admin, enterprise-rep, association-rep, funder, gov-officer) act for the
 * organisation of their token; teachers, students, experts, secretariat and admin represent none, and asking them to
 * is the same 403 problem in every service. Real Keycloak tokens of the demo users.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class RepresentationTest {

    private static final String PATH = "/api/sample/represented-organisation";

    @Test
    void representativesActForTheOrganisationInTheirToken() {
        expectRepresents("school-admin", "00000000-0000-4000-8000-000000000002");
        expectRepresents("enterprise-rep", "00000000-0000-4000-8000-000000000003");
        expectRepresents("association-rep", "00000000-0000-4000-8000-000000000004");
        expectRepresents("funder", "00000000-0000-4000-8000-000000000005");
        expectRepresents("gov-officer", "00000000-0000-4000-8000-000000000001");
    }

    @Test
    void everyoneElseRepresentsNobodyAndIsRefusedWithTheSameProblem() {
        for (String user : new String[] {"teacher", "student", "expert", "secretariat", "admin"}) {
            given().auth().oauth2(Tokens.user(user)).get(PATH).then().statusCode(403)
                    .contentType("application/problem+json").body("title", equalTo("Forbidden"))
                    .body("detail", equalTo("Only representatives of an organisation may ask this"));
            given().auth().oauth2(Tokens.user(user)).get(PATH + "/if-any").then().statusCode(200)
                    .body("represents", equalTo("nobody"));
        }
    }

    private static void expectRepresents(String user, String organisation) {
        given().auth().oauth2(Tokens.user(user)).get(PATH).then().statusCode(200)
                .body("organisationId", equalTo(organisation));
        given().auth().oauth2(Tokens.user(user)).get(PATH + "/if-any").then().statusCode(200)
                .body("represents", equalTo(organisation));
    }
}
