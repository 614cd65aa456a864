package org.helix.governance.organisation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The service checks tokens itself: called directly, not through the gateway. */
@QuarkusTest
@GovernanceServers
class TokenValidationTest {

    static final String PATH = "/api/governance/organisations";
    static final String BODY = "{\"name\": \"Token Test College\", \"type\": \"SCHOOL\"}";

    @Test
    void noTokenIs401() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:helix:problem:unauthenticated"));
    }

    @Test
    void wrongRoleIs403() {
        given().auth().oauth2(Tokens.user("teacher")).contentType(ContentType.JSON).body(BODY).post(PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:forbidden"));
        given().auth().oauth2(Tokens.client("partner-school")).contentType(ContentType.JSON).body(BODY).post(PATH)
                .then().statusCode(403);
    }

    @Test
    void partnerClientTokensWork() {
        given().auth().oauth2(Tokens.client("partner-enterprise")).get(PATH).then().statusCode(200);
    }

    @Test
    void aTokenWithAChangedPayloadIs401() {
        String tampered = Tokens.withTamperedPayload(Tokens.user("teacher"), "preferred_username", "admin");
        given().auth().oauth2(tampered).get(PATH).then().statusCode(401);
        String elevated = Tokens.withTamperedPayload(Tokens.user("teacher"), "org",
                "00000000-0000-4000-8000-000000000007");
        given().auth().oauth2(elevated).get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenWithAForgedSignatureIs401() {
        given().auth().oauth2(Tokens.withForgedSignature(Tokens.user("secretariat"))).get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIs401() {
        given().auth().oauth2(Tokens.expired()).get(PATH).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void garbageIs401() {
        given().auth().oauth2("not.a.jwt").get(PATH).then().statusCode(401);
    }
}
