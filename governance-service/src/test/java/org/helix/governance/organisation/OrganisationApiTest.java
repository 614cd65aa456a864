package org.helix.governance.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@GovernanceServers
class OrganisationApiTest {

    static final String PATH = "/api/governance/organisations";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    static String register(String name, String type) {
        return as("secretariat").body("{\"name\": \"" + name + "\", \"type\": \"" + type + "\"}")
                .post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void registersReadsAndChangesAnOrganisation() {
        String location = as("secretariat")
                .body("{\"name\": \"Harbour Robotics\", \"type\": \"ENTERPRISE\", \"region\": \"East\","
                        + " \"contactEmail\": \"office@harbour.example\", \"website\": \"https://harbour.example\"}")
                .post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Harbour Robotics"), "type", equalTo("ENTERPRISE"), "version", equalTo(0))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        as("student").get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id), "region", equalTo("East"), "contactEmail", equalTo("office@harbour.example"));

        as("admin").header("If-Match", "\"0\"")
                .body("{\"name\": \"Harbour Robotics Ltd\", \"type\": \"ENTERPRISE\", \"version\": 0}")
                .put(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Harbour Robotics Ltd"), "version", equalTo(1), "region", equalTo(null));
    }

    @Test
    void acceptsAnIdChosenByThePartnerAndRefusesItTwice() {
        String id = UUID.randomUUID().toString();
        as("admin").body("{\"id\": \"" + id + "\", \"name\": \"Delta Credit Union\", \"type\": \"FINANCIAL_INSTITUTION\"}")
                .post(PATH).then().statusCode(201).body("id", equalTo(id));
        as("admin").body("{\"id\": \"" + id + "\", \"name\": \"Delta Credit Union\", \"type\": \"FINANCIAL_INSTITUTION\"}")
                .post(PATH).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:already-exists"));
    }

    @Test
    void listsPagedAndFilteredByType() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            register("Association " + tag + " " + i, "INDUSTRY_ASSOCIATION");
        }
        as("teacher").queryParam("type", "INDUSTRY_ASSOCIATION").queryParam("size", 2).queryParam("sort", "name,desc")
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(2), "page", equalTo(0), "size", equalTo(2),
                        "total", greaterThanOrEqualTo(3), "items.type", everyItem(equalTo("INDUSTRY_ASSOCIATION")));
        as("teacher").queryParam("size", 101).get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        as("teacher").queryParam("sort", "contactEmail").get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:invalid-sort"), "errors.field", hasItem("sort"));
    }

    @Test
    void refusesAStaleVersion() {
        String id = register("Cedar Institute", "SCHOOL");
        as("secretariat").body("{\"name\": \"Cedar Institute of Technology\", \"type\": \"SCHOOL\", \"version\": 0}")
                .put(PATH + "/" + id).then().statusCode(200);
        as("secretariat").body("{\"name\": \"Cedar Tech\", \"type\": \"SCHOOL\", \"version\": 0}")
                .put(PATH + "/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:stale-version"), "status", equalTo(409));
        as("secretariat").header("If-Match", "\"0\"")
                .body("{\"name\": \"Cedar Tech\", \"type\": \"SCHOOL\", \"version\": 1}")
                .put(PATH + "/" + id)
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:stale-version"));
        as("secretariat").get(PATH + "/" + id).then().body("name", equalTo("Cedar Institute of Technology"));
    }

    @Test
    void namesEveryFailingField() {
        as("secretariat").body("{\"name\": \"\", \"contactEmail\": \"not-an-email\", \"website\": \"ftp://x\"}")
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:validation-failed"),
                        "errors.field", hasItem("name"), "errors.field", hasItem("type"),
                        "errors.field", hasItem("contactEmail"), "errors.field", hasItem("website"),
                        "requestId", notNullValue());
        as("secretariat").body("{\"name\": \"X\", \"type\": \"CASTLE\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        as("secretariat").body("{\"name\": \"Broken\", ").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:malformed-json"),
                        "detail", org.hamcrest.Matchers.not(containsString("com.fasterxml")));
    }

    @Test
    void unknownIdIsANotFoundProblem() {
        String id = UUID.randomUUID().toString();
        as("secretariat").get(PATH + "/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:not-found"), "detail", containsString(id),
                        "instance", equalTo(PATH + "/" + id));
        // a malformed id is not a missing resource but a bad request naming the parameter
        as("secretariat").get(PATH + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:invalid-parameter"), "errors[0].field", equalTo("id"));
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String huge = "x".repeat(1_200_000);
        as("secretariat").body("{\"name\": \"" + huge + "\", \"type\": \"SCHOOL\"}").post(PATH)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:payload-too-large"));
    }

    @Test
    void otherMediaTypesAre415() {
        given().auth().oauth2(Tokens.user("secretariat")).contentType(ContentType.XML).body("<organisation/>")
                .post(PATH)
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:unsupported-media-type"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Idempotent Academy " + key + "\", \"type\": \"SCHOOL\"}";
        String first = as("secretariat").header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().path("id");
        String replayed = as("secretariat").header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", containsString(first)).extract().path("id");
        assertEquals(first, replayed);
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> Organisation.count("name", "Idempotent Academy " + key)));
        as("secretariat").header("Idempotency-Key", key)
                .body("{\"name\": \"Something else\", \"type\": \"SCHOOL\"}").post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:idempotency-key-reused"));
    }

    @Test
    void requestIdIsEchoed() {
        as("secretariat").header("X-Request-Id", "req-12345").get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", "req-12345").body("requestId", equalTo("req-12345"));
    }
}
