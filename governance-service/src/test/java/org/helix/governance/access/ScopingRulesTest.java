package org.helix.governance.access;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.governance.meeting.SittingCommittee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules around scoping and bounds that are not a permission cell: dates, quorum, parameters, races. */
@QuarkusTest
@GovernanceServers
class ScopingRulesTest {

    private static final String API = "/api/governance";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aMembershipEndedWithAFutureDateStaysCurrentUntilThatDay() {
        SittingCommittee committee = SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER");
        String membership = as("secretariat").queryParam("current", true).get(API + "/committees/" + committee.id
                + "/members").then().statusCode(200).extract().path("items.find { it.organisationId == '"
                + NOVA_MANUFACTURING + "' }.id");
        String until = LocalDate.now(clock).plusDays(10).toString();
        as("secretariat").body(Map.of("until", until)).post(API + "/committees/" + committee.id + "/members/"
                + membership + "/end").then().statusCode(200).body("until", equalTo(until), "current", equalTo(true));

        UUID open = committee.resolutionInVoting("school-admin");
        as("enterprise-rep").body(Map.of("choice", "FOR")).post(API + "/resolutions/" + open + "/votes").then()
                .statusCode(201);
        clock.advance(Duration.ofDays(10));
        UUID later = committee.resolutionInVoting("school-admin");
        as("enterprise-rep").body(Map.of("choice", "FOR")).post(API + "/resolutions/" + later + "/votes").then()
                .statusCode(403);
        as("secretariat").queryParam("current", true).get(API + "/committees/" + committee.id + "/members").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aQuorumAboveTheCurrentMembersIsRefusedAtClosingWithTheReason() {
        SittingCommittee committee = SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER");
        as("admin").body(Map.of("name", unique("Quorum MACRO"), "tier", "MACRO", "quorum", 3, "version", 0))
                .put(API + "/committees/" + committee.id).then().statusCode(200);
        UUID resolution = committee.resolutionInVoting("school-admin");
        as("school-admin").body(Map.of("choice", "FOR")).post(API + "/resolutions/" + resolution + "/votes").then()
                .statusCode(201);
        as("secretariat").post(API + "/resolutions/" + resolution + "/voting/close").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:quorum-unreachable"),
                        "detail", containsString("only 2 current member(s)"));
        as("secretariat").get(API + "/resolutions/" + resolution).then().body("status", equalTo("VOTING"));
    }

    @Test
    void malformedParametersAre400sNamingThem() {
        as("teacher").queryParam("type", "NOPE").get(API + "/organisations").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:helix:problem:invalid-parameter"), "errors[0].field", equalTo("type"));
        as("teacher").get(API + "/organisations/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as("teacher").queryParam("page", "1E+400").get(API + "/committees").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as("teacher").queryParam("page", 2_000_000).get(API + "/committees").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as("teacher").queryParam("current", "maybe").get(API + "/committees/" + UUID.randomUUID() + "/members")
                .then().statusCode(400).body("errors[0].field", equalTo("current"));
    }

    @Test
    void nullListElementsAndHugeAmountsAre400sNamingTheField() {
        UUID macro = macro(unique("Bounds MACRO"));
        as("secretariat").body("{\"name\": \"Bounds MESO\", \"tier\": \"MESO\", \"parentId\": \"" + macro
                + "\", \"industry\": \"x\", \"departments\": [null]}").post(API + "/committees").then().statusCode(400)
                .body("errors[0].field", equalTo("departments[0]"));
        for (String amount : new String[] {"1E+20", "1E+400", "-0.01"}) {
            as("secretariat").body("{\"title\": \"Bounds\", \"kind\": \"ALLIANCE\", \"startDate\": \"2030-01-01\", "
                    + "\"endDate\": \"2031-01-01\", \"parties\": [{\"organisationId\": \"" + RIVERSIDE_COLLEGE
                    + "\", \"riskShare\": 50, \"benefitShare\": 50, \"contribution\": \"x\", \"contributionAmount\": "
                    + amount + "}, {\"organisationId\": \"" + NOVA_MANUFACTURING + "\", \"riskShare\": 50, "
                    + "\"benefitShare\": 50, \"contribution\": \"y\"}]}").post(API + "/agreements").then()
                    .statusCode(400).body("errors[0].field", equalTo("parties[0].contributionAmount"));
        }
    }

    @Test
    void oneOrganisationIdRegisteredByConcurrentRequestsIsCreatedOnceAndTheOthersAre409s() throws Exception {
        UUID id = UUID.randomUUID();
        Callable<Integer> register = () -> as("secretariat").body(Map.of("id", id, "name", unique("Race Ltd"),
                "type", "ENTERPRISE")).post(API + "/organisations").statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            int[] statuses = pool.invokeAll(IntStream.range(0, 6).mapToObj(i -> register).toList()).stream()
                    .mapToInt(ScopingRulesTest::get).sorted().toArray();
            assertEquals(1, Arrays.stream(statuses).filter(status -> status == 201).count(), Arrays.toString(statuses));
            assertEquals(5, Arrays.stream(statuses).filter(status -> status == 409).count(), Arrays.toString(statuses));
        } finally {
            pool.shutdown();
        }
    }

    private static int get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
