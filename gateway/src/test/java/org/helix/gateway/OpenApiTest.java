package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helix.gateway.openapi.OpenApiMerger;
import org.helix.platform.testing.HelixTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class OpenApiTest {

    private static JsonObject mergedDocument() {
        String body = given().when().get("/openapi")
                .then().statusCode(200).contentType("application/json").extract().asString();
        return new JsonObject(body);
    }

    @Test
    void mergedDocumentHasEveryServicesPathsAsSeenThroughTheGateway() {
        JsonObject document = mergedDocument();
        JsonObject paths = document.getJsonObject("paths");
        for (String service : UpstreamStubResource.SERVICES) {
            assertTrue(paths.containsKey("/api/" + service + "/organisations/{id}"), service + " missing: " + paths);
            assertTrue(paths.containsKey("/api/" + service + "/public/info"), service + " missing");
        }
        for (String path : paths.fieldNames()) {
            assertTrue(path.startsWith("/api/"), "not reachable through the gateway: " + path);
        }
        assertTrue(document.getJsonObject("info").getString("description").contains(UpstreamStubResource.OFFLINE),
                "the service whose document is missing is named");
    }

    @Test
    void oneOAuth2SchemePointsAtKeycloakAndSecuresTheOperations() {
        JsonObject document = mergedDocument();
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(Set.of(OpenApiMerger.SCHEME), schemes.fieldNames());
        JsonObject scheme = schemes.getJsonObject(OpenApiMerger.SCHEME);
        assertEquals("oauth2", scheme.getString("type"));
        String realm = HelixTestServers.endpoints().realmUrl();
        JsonObject code = scheme.getJsonObject("flows").getJsonObject("authorizationCode");
        assertEquals(realm + "/protocol/openid-connect/auth", code.getString("authorizationUrl"));
        assertEquals(realm + "/protocol/openid-connect/token", code.getString("tokenUrl"));
        assertEquals(realm + "/protocol/openid-connect/token",
                scheme.getJsonObject("flows").getJsonObject("clientCredentials").getString("tokenUrl"));

        JsonObject get = document.getJsonObject("paths").getJsonObject("/api/funding/organisations/{id}")
                .getJsonObject("get");
        assertEquals(new JsonArray().add(new JsonObject().put(OpenApiMerger.SCHEME, new JsonArray())),
                get.getJsonArray("security"));
        JsonObject open = document.getJsonObject("paths").getJsonObject("/api/funding/public/info")
                .getJsonObject("get");
        assertTrue(open.getJsonArray("security").isEmpty(), "a public operation stays public");
    }

    @Test
    void componentsAreMergedWithoutClashes() {
        JsonObject document = mergedDocument();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("Problem"), "the shared schema is kept once under its name");
        assertTrue(schemas.containsKey("GovernanceOrganisation"), schemas.fieldNames().toString());
        assertTrue(schemas.containsKey("TalentExchangeOrganisation"), schemas.fieldNames().toString());
        assertFalse(schemas.containsKey("Organisation"), "differing definitions must not overwrite each other");
        // every $ref points at a component that exists
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            String[] parts = ref.substring("#/components/".length()).split("/");
            assertNotNull(document.getJsonObject("components").getJsonObject(parts[0]).getValue(parts[1]), ref);
        }
        assertEquals("#/components/schemas/TalentExchangeOrganisation", document.getJsonObject("paths")
                .getJsonObject("/api/talent-exchange/organisations/{id}").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void swaggerUiLoadsTheMergedDocumentAndSignsInThroughThePortalClientWithPkce() {
        given().redirects().follow(false).when().get("/swagger-ui")
                .then().statusCode(302).header("Location", "/q/swagger-ui/");
        given().when().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("/openapi"))
                .body(containsString("helix-portal"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof JsonObject object) {
            object.forEach(entry -> {
                if (entry.getKey().equals("$ref")) {
                    refs.add((String) entry.getValue());
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> collectRefs(item, refs));
        }
    }
}
