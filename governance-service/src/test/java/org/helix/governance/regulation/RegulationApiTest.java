package org.helix.governance.regulation;

import io.quarkus.test.junit.QuarkusTest;
import org.helix.governance.GovernanceServers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.unique;

@QuarkusTest
@GovernanceServers
class RegulationApiTest {

    @Test
    void aNewVersionSupersedesTheOldAndBothStayReadable() {
        UUID committee = macro(unique("Regulated MACRO"));
        String path = "/api/governance/committees/" + committee + "/regulations";
        String first = as("secretariat").body(Map.of("title", "Meeting rules", "body", "Quorum is half plus one.",
                "effectiveFrom", "2026-01-01")).post(path)
                .then().statusCode(201).body("versionNumber", equalTo(1), "current", equalTo(true))
                .extract().path("id");
        String second = as("secretariat").body(Map.of("title", "Meeting rules", "body", "Quorum is two thirds.",
                "effectiveFrom", "2026-06-01", "supersedes", first)).post(path)
                .then().statusCode(201).body("versionNumber", equalTo(2), "seriesId", equalTo(first))
                .extract().path("id");

        as("teacher").get("/api/governance/regulations/" + first).then().statusCode(200)
                .body("current", equalTo(false), "supersededBy", equalTo(second),
                        "body", equalTo("Quorum is half plus one."));
        as("teacher").get(path).then().statusCode(200).body("items", hasSize(1), "items[0].id", equalTo(second));
        as("teacher").queryParam("includeSuperseded", true).get(path).then().statusCode(200).body("items", hasSize(2));

        as("secretariat").body(Map.of("title", "Meeting rules", "body", "Another", "effectiveFrom", "2026-07-01",
                "supersedes", first)).post(path).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:regulation-superseded"));
        as("secretariat").body(Map.of("title", "Meeting rules", "body", "Earlier", "effectiveFrom", "2025-01-01",
                "supersedes", second)).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveFrom"));
        as("school-admin").body(Map.of("title", "x", "body", "y", "effectiveFrom", "2026-01-01")).post(path)
                .then().statusCode(403);
        as("secretariat").body(Map.of("title", "", "effectiveFrom", "2026-01-01")).post(path)
                .then().statusCode(400);
    }
}
