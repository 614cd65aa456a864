package org.helix.systemtests;

import io.restassured.http.ContentType;
import org.helix.local.RealmSync;
import org.helix.platform.testing.HelixTestServers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Keycloak whose realm was imported before the realm file gained a user (Keycloak imports the file into a new
 * database only) gets that user from {@link RealmSync}, which {@code helix up} and {@code test-servers-up} run on every
 * start; what the realm has already is left alone. {@code student5} (a demo classmate) stands for the new user: it is
 * deleted from the shared test realm and must come back with its password, role and organisation.
 */
class RealmSyncIT {

    private static final String USER = "student5";

    @Test
    void aUserOfTheRealmFileMissingFromTheRunningRealmIsAddedAndNothingElseChanges() {
        String keycloak = HelixTestServers.endpoints().keycloakUrl();
        String admin = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
                        "admin", "password", "admin"))
                .post(keycloak + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        String users = keycloak + "/admin/realms/helix/users";
        List<String> ids = given().auth().oauth2(admin).queryParam("username", USER).queryParam("exact", true)
                .get(users).then().statusCode(200).extract().path("id");
        assertEquals(1, ids.size(), USER + " in the realm before the test");
        given().auth().oauth2(admin).delete(users + "/" + ids.get(0)).then().statusCode(204);
        login().then().statusCode(401);

        assertEquals(1, RealmSync.addMissing(keycloak), "only the missing user is added");

        String token = login().then().statusCode(200).extract().path("access_token");
        Map<String, Object> claims = given().auth().oauth2(token).accept(ContentType.JSON)
                .get(HelixTestServers.endpoints().realmUrl() + "/protocol/openid-connect/userinfo").then()
                .statusCode(200).extract().path("$");
        assertEquals("00000000-0000-4000-8000-000000000002", claims.get("org"), "the user's organisation");
        assertEquals(0, RealmSync.addMissing(keycloak), "a realm that has everything gains nothing");
    }

    private static io.restassured.response.Response login() {
        return given().formParams(Map.of("grant_type", "password", "client_id", "helix-portal", "username", USER,
                        "password", "helix-demo", "scope", "openid"))
                .post(HelixTestServers.endpoints().realmUrl() + "/protocol/openid-connect/token");
    }
}
