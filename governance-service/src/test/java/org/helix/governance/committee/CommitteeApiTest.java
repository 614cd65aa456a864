package org.helix.governance.committee;

import io.quarkus.test.junit.QuarkusTest;
import org.helix.governance.GovernanceServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.micro;
import static org.helix.governance.GovernanceFixtures.unique;

@QuarkusTest
@GovernanceServers
class CommitteeApiTest {

    static final String PATH = "/api/governance/committees";

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void buildsTheThreeTiersAndShowsTheTree() {
        UUID macro = macro(unique("Joint Education Cooperation Promotion Committee"));
        String industry = unique("Advanced manufacturing");
        UUID meso = as("secretariat").body(Map.of("name", unique("Manufacturing Alliance"), "tier", "MESO",
                        "parentId", macro, "industry", industry, "departments", List.of("PROJECT", "HR", "SECRETARIAT"),
                        "purpose", "Industry-wide training plans"))
                .post(PATH).then().statusCode(201)
                .body("tier", equalTo("MESO"), "departments", containsInAnyOrder("PROJECT", "HR", "SECRETARIAT"))
                .extract().jsonPath().getUUID("id");
        UUID micro = as("secretariat").body(Map.of("name", unique("Riverside-Nova Cooperation Office"), "tier", "MICRO",
                        "parentId", meso, "departments", List.of("COOPERATION_OFFICE", "TRAINING_BASE")))
                .post(PATH).then().statusCode(201).extract().jsonPath().getUUID("id");

        as("teacher").get(PATH + "/" + macro + "/tree").then().statusCode(200)
                .body("committee.id", equalTo(macro.toString()),
                        "children", hasSize(1),
                        "children[0].committee.id", equalTo(meso.toString()),
                        "children[0].children[0].committee.id", equalTo(micro.toString()),
                        "children[0].children[0].children", hasSize(0));

        as("teacher").queryParam("tier", "MESO").queryParam("industry", industry).get(PATH).then().statusCode(200)
                .body("items", hasSize(1), "items[0].id", equalTo(meso.toString()));
        as("teacher").queryParam("parent", meso).get(PATH).then().statusCode(200)
                .body("items.id", everyItem(equalTo(micro.toString())), "total", equalTo(1));
    }

    @Test
    void tierRulesAre422NamingTheField() {
        UUID macro = macro(unique("MACRO"));
        UUID meso = meso(unique("MESO"), macro, "Digital economy");
        UUID micro = micro(unique("MICRO"), meso);
        rejects(Map.of("name", "x", "tier", "MACRO", "parentId", macro), "parentId");
        rejects(Map.of("name", "x", "tier", "MESO", "industry", "Logistics"), "parentId");
        rejects(Map.of("name", "x", "tier", "MESO", "parentId", meso, "industry", "Logistics"), "parentId");
        rejects(Map.of("name", "x", "tier", "MESO", "parentId", macro), "industry");
        rejects(Map.of("name", "x", "tier", "MICRO", "parentId", macro), "parentId");
        rejects(Map.of("name", "x", "tier", "MICRO", "parentId", micro), "parentId");
        rejects(Map.of("name", "x", "tier", "MICRO", "parentId", UUID.randomUUID()), "parentId");
        rejects(Map.of("name", "x", "tier", "MESO", "parentId", macro, "industry", "Logistics",
                "departments", List.of("TRAINING_BASE")), "departments");
        rejects(Map.of("name", "x", "tier", "MICRO", "parentId", meso, "departments", List.of("HR")), "departments");
    }

    @Test
    void changesNeedTheCurrentVersion() {
        UUID macro = macro(unique("Versioned MACRO"));
        // a gov-officer changes only MACRO committees its own organisation belongs to
        as("gov-officer").body(Map.of("name", "Renamed", "tier", "MACRO", "version", 0))
                .put(PATH + "/" + macro).then().statusCode(403);
        org.helix.governance.GovernanceFixtures.join(macro, org.helix.governance.GovernanceFixtures.GOVERNMENT,
                "CHAIR");
        as("gov-officer").body(Map.of("name", "Renamed", "tier", "MACRO", "version", 0, "quorum", 3))
                .put(PATH + "/" + macro).then().statusCode(200).body("version", equalTo(1), "quorum", equalTo(3));
        as("gov-officer").body(Map.of("name", "Renamed again", "tier", "MACRO", "version", 0))
                .put(PATH + "/" + macro).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:stale-version"));
        as("gov-officer").body(Map.of("name", "To MESO", "tier", "MESO", "version", 1))
                .put(PATH + "/" + macro).then().statusCode(422).body("errors.field", hasItem("tier"));
    }

    @Test
    void whoMayCreateWhichTier() {
        as("gov-officer").body(Map.of("name", unique("By officer"), "tier", "MACRO")).post(PATH).then().statusCode(201);
        as("admin").body(Map.of("name", unique("By admin"), "tier", "MACRO")).post(PATH).then().statusCode(201);
        as("secretariat").body(Map.of("name", "x", "tier", "MACRO")).post(PATH).then().statusCode(403);
        UUID macro = macro(unique("Parent"));
        as("gov-officer").body(Map.of("name", "x", "tier", "MESO", "parentId", macro, "industry", "Textiles"))
                .post(PATH).then().statusCode(403);
        as("school-admin").body(Map.of("name", "x", "tier", "MACRO")).post(PATH).then().statusCode(403);
        as("secretariat").get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static void rejects(Map<String, Object> body, String field) {
        String user = "MACRO".equals(body.get("tier")) ? "gov-officer" : "secretariat";
        as(user).body(body).post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
