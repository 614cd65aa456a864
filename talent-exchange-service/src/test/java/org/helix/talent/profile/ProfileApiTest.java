package org.helix.talent.profile;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.profileOf;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.subjectOf;
import static org.helix.talent.TalentFixtures.talentEvents;
import static org.helix.talent.TalentFixtures.teacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles: registered by their organisation's representative, changed by the person too, published as events. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class ProfileApiTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aRepresentativeRegistersItsExpertAndBothEventsAreSentAsDocumented() {
        Map<String, Object> body = expert(NOVA_MANUFACTURING, null, 8, "SENIOR");
        UUID id = register("enterprise-rep", body);
        as("teacher").get(API + "/profiles/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("kind", equalTo("EXPERT")).body("organisationId", equalTo(NOVA_MANUFACTURING.toString()))
                .body("titleRank", equalTo("SENIOR")).body("skills", hasItem("CNC machining"));

        body.put("displayName", "Wang Lei");
        body.put("version", 0);
        as("enterprise-rep").body(body).put(API + "/profiles/" + id).then().statusCode(200)
                .body("displayName", equalTo("Wang Lei")).body("version", equalTo(1));

        ConsumerRecord<String, String> registered = talentEvents(id.toString(), "ProfileRegistered", 1).get(0);
        assertTrue(registered.value().contains("\"kind\":\"EXPERT\""), registered.value());
        List<ConsumerRecord<String, String>> updated = talentEvents(id.toString(), "ProfileUpdated", 1);
        assertTrue(updated.get(0).value().contains("Wang Lei"), updated.get(0).value());
    }

    @Test
    void thePersonSeesAndEditsTheirOwnProfileButNotAnotherOrganisationsRepresentative() {
        UUID id = profileOf("teacher", "school-admin", teacher(RIVERSIDE_COLLEGE, null));
        Map<String, Object> current = as("teacher").get(API + "/profiles/" + id).then().statusCode(200)
                .body("personSubject", equalTo(subjectOf("teacher"))).extract().as(Map.class);
        current.remove("id");
        current.remove("createdAt");
        current.remove("updatedAt");
        current.put("jobTitle", "Head of the mechatronics workshop");
        as("teacher").body(current).put(API + "/profiles/" + id).then().statusCode(200)
                .body("jobTitle", equalTo("Head of the mechatronics workshop"));

        as("school-admin-2").body(current).put(API + "/profiles/" + id).then().statusCode(403);
        as("teacher").body(current).put(API + "/profiles/" + id).then().statusCode(409)
                .body("type", containsString("stale-version"));
    }

    @Test
    void registrationIsRefusedForAnotherOrganisationTheWrongTypeOrATitleOfTheOtherKind() {
        as("school-admin").body(teacher(LAKESIDE_POLYTECHNIC, null)).post(API + "/profiles").then().statusCode(403);
        as("teacher").body(teacher(RIVERSIDE_COLLEGE, null)).post(API + "/profiles").then().statusCode(403);
        as("secretariat").body(expert(RIVERSIDE_COLLEGE, null, 3, "JUNIOR")).post(API + "/profiles").then()
                .statusCode(422).body("errors[0].field", equalTo("organisationId"));
        as("enterprise-rep").body(expert(NOVA_MANUFACTURING, null, 3, "PROFESSOR")).post(API + "/profiles").then()
                .statusCode(422).body("errors[0].field", equalTo("titleRank"));
        as("secretariat").body(expert(UUID.randomUUID(), null, 3, "JUNIOR")).post(API + "/profiles").then()
                .statusCode(422).body("detail", containsString("known"));
    }

    @Test
    void theTalentPoolIsOpenToSignedInCallersAndFiltersBySkillAndOrganisation() {
        UUID id = register("secretariat", expert(NOVA_MANUFACTURING, null, 12, "SENIOR"));
        as("student").queryParam("skill", "CNC machining").queryParam("organisation", NOVA_MANUFACTURING)
                .queryParam("size", 100).queryParam("sort", "createdAt,desc").get(API + "/profiles").then()
                .statusCode(200).body("items.id", hasItem(id.toString()));
        as("student").queryParam("skill", "Welding").queryParam("size", 100).get(API + "/profiles").then()
                .statusCode(200).body("items.id", not(hasItem(id.toString())));
        assertEquals(401, io.restassured.RestAssured.given().get(API + "/profiles").statusCode());
    }
}
