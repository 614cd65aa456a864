package org.helix.funding.award;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.INCUBATION;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.admittedProject;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.awardedProject;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.discontinue;
import static org.helix.funding.FundingFixtures.fundingEvents;
import static org.helix.funding.FundingFixtures.milestoneAchieved;
import static org.helix.funding.FundingFixtures.projectCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incubation's MilestoneAchieved (documents checked against incubation's schema) releases the linked tranche after
 * the named checks; failed checks are recorded for the funder; a redelivered event releases nothing;
 * ProjectDiscontinued cancels the pending tranches and returns their money to the call. AwardGranted,
 * TrancheReleased and TrancheCancelled are read back and validated against the schemas.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class TrancheReleaseTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aVerifiedMilestoneReleasesItsTrancheOnceAndTheMoneyMovesFromCommittedToReleased() {
        UUID call = projectCall("100000.00", "30000.00");
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        Map<String, Object> award = awardedProject(call, project, "30000.00", "10000.00", "12000.50", "7999.50");
        String awardId = (String) award.get("id");
        UUID first = trancheId(award, 0);

        ConsumerRecord<String, String> granted = fundingEvents(awardId, "AwardGranted", 1).get(0);
        assertTrue(granted.value().contains("\"amount\":\"12000.50\""), granted.value());
        assertTrue(granted.value().contains("\"targetId\":\"" + project + "\""), granted.value());

        UUID milestone = UUID.randomUUID();
        String eventId = milestoneAchieved(project, milestone, UUID.fromString(awardId), first);
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId).then()
                .statusCode(200).body("tranches[0].status", equalTo("RELEASED"))
                .body("tranches[0].milestoneId", equalTo(milestone.toString()))
                .body("tranches[0].disbursement.amount", equalTo(10000.0f))
                .body("tranches[0].disbursement.payeeOrganisationId", equalTo(RIVERSIDE_COLLEGE.toString()))
                .body("released", equalTo(10000.0f)).body("pending", equalTo(20000.0f)));
        as("student").get(API + "/calls/" + call).then().body("committed", equalTo(20000.0f))
                .body("released", equalTo(10000.0f)).body("remaining", equalTo(70000.0f));
        ConsumerRecord<String, String> released = fundingEvents(awardId, "TrancheReleased", 1).get(0);
        assertTrue(released.value().contains("\"milestoneId\":\"" + milestone + "\""), released.value());

        // the same event again (same ce_id): the inbox applies it once — no failed check, no second release
        resend(eventId, project, milestone, UUID.fromString(awardId), first);
        // another event for the released tranche: recorded as a failed check, nothing released
        milestoneAchieved(project, milestone, UUID.fromString(awardId), first);
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId
                + "/failed-release-checks").then().statusCode(200).body("check", hasItem("NOT_RELEASED_BEFORE")));
        as("funder").get(API + "/awards/" + awardId + "/failed-release-checks").then().body("$", hasSize(1));
        as("student").get(API + "/calls/" + call).then().body("released", equalTo(10000.0f));
        assertEquals(1, KafkaTestClient.forTestServers().readAll("helix.funding.v1", r -> awardId.equals(r.key())
                && "helix.funding.TrancheReleased".equals(KafkaTestClient.header(r, "ce_type"))).size());
    }

    @Test
    void failedChecksAreRecordedWithTheirReasonsAndReleaseNothing() {
        UUID call = projectCall("100000.00", "30000.00");
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        Map<String, Object> award = awardedProject(call, project, "3000.00", "1000.00", "2000.00");
        UUID awardId = UUID.fromString((String) award.get("id"));
        String checks = API + "/awards/" + awardId + "/failed-release-checks";

        // a milestone of another project naming this award's tranche
        milestoneAchieved(admittedProject(RIVERSIDE_COLLEGE), UUID.randomUUID(), awardId, trancheId(award, 0));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(checks).then()
                .body("check", hasItem("MILESTONE_LINKED")));
        // a suspended award releases nothing
        as("school-admin").body(Map.of("reason", "audit")).post(API + "/awards/" + awardId + "/suspend").then()
                .statusCode(403);
        as("funder").body(Map.of("reason", "audit of the accounts")).post(API + "/awards/" + awardId + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        milestoneAchieved(project, UUID.randomUUID(), awardId, trancheId(award, 0));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(checks).then()
                .body("check", hasItem("AWARD_NOT_SUSPENDED"))
                .body("reason", hasItem(org.hamcrest.Matchers.containsString("audit of the accounts"))));
        as("funder").post(API + "/awards/" + awardId + "/resume").then().statusCode(200);
        as("funder").post(API + "/awards/" + awardId + "/resume").then().statusCode(409);
        as("funder").get(API + "/awards/" + awardId).then().body("released", equalTo(0.0f));
        // the applicant sees the checks too; strangers see nothing
        as("school-admin").get(checks).then().statusCode(200);
        as("school-admin-2").get(checks).then().statusCode(404);
        as("secretariat").get(API + "/awards/" + awardId).then().statusCode(404);
    }

    @Test
    void aDiscontinuedProjectsPendingTranchesAreCancelledAndTheirMoneyReturnsToTheCall() {
        UUID call = projectCall("50000.00", "30000.00");
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        Map<String, Object> award = awardedProject(call, project, "9000.00", "3000.00", "3000.00", "3000.00");
        String awardId = (String) award.get("id");
        milestoneAchieved(project, UUID.randomUUID(), UUID.fromString(awardId), trancheId(award, 0));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId).then()
                .body("tranches[0].status", equalTo("RELEASED")));

        discontinue(project, RIVERSIDE_COLLEGE);
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId).then()
                .body("tranches.status", equalTo(List.of("RELEASED", "CANCELLED", "CANCELLED")))
                .body("tranches[1].cancelReason", org.hamcrest.Matchers.containsString("discontinued")));
        as("student").get(API + "/calls/" + call).then().body("committed", equalTo(0.0f))
                .body("released", equalTo(3000.0f)).body("remaining", equalTo(47000.0f));
        List<ConsumerRecord<String, String>> cancelled = fundingEvents(awardId, "TrancheCancelled", 2);
        assertEquals(2, cancelled.size());

        // a milestone after the discontinuation: the project is no longer incubating
        milestoneAchieved(project, UUID.randomUUID(), UUID.fromString(awardId), trancheId(award, 1));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId
                + "/failed-release-checks").then().body("check", hasItem("PROJECT_INCUBATING")));
    }

    @Test
    void aMilestoneOfNoAwardChangesNothingAndPoisonGoesToTheDeadLetters() {
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        milestoneAchieved(project, UUID.randomUUID(), null, null);
        String poison = INCUBATION.send("helix.incubation.MilestoneAchieved", "Project/" + project,
                project.toString(), ContractFixture.ofEvent("incubation-service", "MilestoneAchieved")
                        .with("milestoneId", "not-a-uuid").unchecked().getBytes());
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.forTestServers().read("helix.funding.dlq",
                r -> poison.equals(KafkaTestClient.header(r, "ce_id")), found -> !found.isEmpty(), PATIENCE);
        assertEquals(1, dead.size());
        assertTrue(KafkaTestClient.header(dead.get(0), "dead-letter-reason").contains("milestoneId"));
    }

    private static void resend(String eventId, UUID project, UUID milestone, UUID award, UUID tranche) {
        ContractFixture event = ContractFixture.ofEvent("incubation-service", "MilestoneAchieved")
                .with("milestoneId", milestone.toString()).with("projectId", project.toString())
                .with("awardId", award.toString()).with("trancheId", tranche.toString())
                .with("title", "Prototype shown to customers").with("achievedOn", "2026-11-30")
                .with("verifiedBySubject", "mentor-subject");
        INCUBATION.send(eventId, "helix.incubation.MilestoneAchieved", "Project/" + project, project.toString(),
                event.bytes());
    }

    @SuppressWarnings("unchecked")
    private static UUID trancheId(Map<String, Object> award, int index) {
        return UUID.fromString((String) ((List<Map<String, Object>>) award.get("tranches")).get(index).get("id"));
    }
}
