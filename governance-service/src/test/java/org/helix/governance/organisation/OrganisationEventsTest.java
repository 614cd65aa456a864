package org.helix.governance.organisation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@GovernanceServers
class OrganisationEventsTest {

    @Test
    void registrationAndUpdateLeaveAsCloudEventsKeyedByTheOrganisation() {
        String id = given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"Event Forge Ltd\", \"type\": \"ENTERPRISE\"}")
                .post("/api/governance/organisations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"Event Forge Group\", \"type\": \"ENTERPRISE\", \"version\": 0}")
                .put("/api/governance/organisations/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> id.equals(record.key()), found -> found.size() >= 2, Duration.ofSeconds(30));

        assertEquals(2, records.size());
        ConsumerRecord<String, String> registered = records.get(0);
        assertEquals("helix.governance.OrganisationRegistered", header(registered, "ce_type"));
        assertEquals("1.0", header(registered, "ce_specversion"));
        assertEquals("/helix/governance", header(registered, "ce_source"));
        assertEquals("Organisation/" + id, header(registered, "ce_subject"));
        assertEquals("application/json", header(registered, "content-type"));
        assertNotNull(header(registered, "ce_id"));
        assertNotNull(header(registered, "ce_time"));
        JsonObject data = new JsonObject(registered.value());
        assertEquals(id, data.getString("organisationId"));
        assertEquals("Event Forge Ltd", data.getString("name"));
        assertEquals(0L, data.getLong("version"));

        ConsumerRecord<String, String> updated = records.get(1);
        assertEquals("helix.governance.OrganisationUpdated", header(updated, "ce_type"));
        assertEquals("Event Forge Group", new JsonObject(updated.value()).getString("name"));
        assertEquals(1L, new JsonObject(updated.value()).getLong("version"));
        assertEquals(registered.partition(), updated.partition());
        JsonSchemas.assertMatches(Path.of("events/OrganisationRegistered.schema.json"), registered.value());
        JsonSchemas.assertMatches(Path.of("events/OrganisationUpdated.schema.json"), updated.value());
    }
}
