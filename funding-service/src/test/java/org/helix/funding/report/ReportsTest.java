package org.helix.funding.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.GOVERNMENT;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.subjectOf;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.admittedProject;
import static org.helix.funding.FundingFixtures.application;
import static org.helix.funding.FundingFixtures.apply;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.award;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.discontinue;
import static org.helix.funding.FundingFixtures.milestoneAchieved;
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reports add up: a call's committed, released, cancelled and awarded equal what its awards' tranches and
 * disbursements say (tranches released by a verified milestone and by the funder's evidence alike); remaining = budget − committed − released; a funder's totals are the sums of its calls' reports
 * (each read on its own) and of its calls as the call API shows them.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ReportsTest {

    private static final String FUNDER = "association-rep";

    /** Amounts read as BigDecimal, never through a float. */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void callAndFunderReportsAddUpWithTheAwardsAndEachOther() {
        demoOrganisations();
        // the association funds here: its calls are few (the bank's grow with every test)
        UUID projects = openCall(FUNDER, callTerms(ASSOCIATION, "80000.00", "20000.00", "PROJECT",
                List.of("SCHOOL")));
        UUID schools = openCall(FUNDER, callTerms(ASSOCIATION, "5000.00", "1000.00", "SCHOOL", List.of("SCHOOL")));
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        Map<String, Object> projectAward = awarded(apply("school-admin", application(projects, project, "6000.00")),
                award("6000.00", "1000.00", "2000.00", "3000.00"));
        Map<String, Object> schoolAward = awarded(apply("school-admin", application(schools, RIVERSIDE_COLLEGE,
                "500.00")), award("500.00", "200.00", "300.00"));
        // a SCHOOL award's first tranche released by the funder on evidence
        as(FUNDER).body(Map.of("evidence", "Training base opened")).post(API + "/awards/" + schoolAward.get("id")
                + "/tranches/1/release").then().statusCode(200);
        String awardId = (String) projectAward.get("id");
        @SuppressWarnings("unchecked")
        String first = ((List<Map<String, Object>>) projectAward.get("tranches")).get(0).get("id").toString();
        milestoneAchieved(project, UUID.randomUUID(), UUID.fromString(awardId), UUID.fromString(first));
        await().atMost(PATIENCE).untilAsserted(() -> as(FUNDER).get(API + "/awards/" + awardId).then()
                .body("released", equalTo(1000.0f)));
        discontinue(project, RIVERSIDE_COLLEGE);
        await().atMost(PATIENCE).untilAsserted(() -> as(FUNDER).get(API + "/awards/" + awardId).then()
                .body("pending", equalTo(0.0f)));

        JsonPath report = as("student").get(API + "/reports/calls/" + projects).then().statusCode(200).extract()
                .jsonPath().using(EXACT);
        assertMoney("0.00", report, "committed");
        assertMoney("1000.00", report, "released");
        assertMoney("5000.00", report, "cancelled");
        assertMoney("6000.00", report, "awarded");
        assertMoney("79000.00", report, "remaining");
        assertEquals(1, report.getInt("awardCount"));
        assertEquals("PROJECT", report.getString("awardsByTargetKind[0].targetKind"));
        JsonPath schoolReport = as("student").get(API + "/reports/calls/" + schools).then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        assertMoney("300.00", schoolReport, "committed");
        assertMoney("200.00", schoolReport, "released");
        assertMoney("0.00", schoolReport, "cancelled");
        assertMoney("500.00", schoolReport, "awarded");
        assertMoney("4500.00", schoolReport, "remaining");

        // every call of the association: its report against its awards as the award API shows them
        JsonPath funder = as("student").get(API + "/reports/funders/" + ASSOCIATION).then().statusCode(200)
                .extract().jsonPath().using(EXACT);
        List<String> calls = funder.getList("calls.callId");
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        BigDecimal remaining = BigDecimal.ZERO;
        BigDecimal awarded = BigDecimal.ZERO;
        for (String call : calls) {
            JsonPath own = as("student").get(API + "/reports/calls/" + call).then().statusCode(200).extract()
                    .jsonPath().using(EXACT);
            JsonPath awards = as("admin").queryParam("call", call).queryParam("size", 100).get(API + "/awards")
                    .then().statusCode(200).extract().jsonPath().using(EXACT);
            assertEquals(0, money(own, "committed").compareTo(sum(awards, "items.collect { it.pending }")), call);
            assertEquals(0, money(own, "released").compareTo(sum(awards, "items.collect { it.released }")), call);
            // every released tranche, by milestone or by evidence, has its disbursement of the same amount
            assertEquals(0, money(own, "released").compareTo(sum(awards,
                    "items.tranches.flatten().findAll { it.disbursement != null }.disbursement.amount")), call);
            assertEquals(0, money(own, "awarded").compareTo(sum(awards, "items.collect { it.amount }")), call);
            assertEquals(0, money(own, "budget").subtract(money(own, "committed")).subtract(money(own, "released"))
                    .compareTo(money(own, "remaining")), call);
            budget = budget.add(money(own, "budget"));
            committed = committed.add(money(own, "committed"));
            released = released.add(money(own, "released"));
            remaining = remaining.add(money(own, "remaining"));
            awarded = awarded.add(money(own, "awarded"));
        }
        assertEquals(0, budget.compareTo(money(funder, "totals[0].budget")));
        assertEquals(0, committed.compareTo(money(funder, "totals[0].committed")));
        assertEquals(0, released.compareTo(money(funder, "totals[0].released")));
        assertEquals(0, remaining.compareTo(money(funder, "totals[0].remaining")));
        assertEquals(0, awarded.compareTo(money(funder, "totals[0].awarded")));
        BigDecimal byKind = sum(funder, "totals[0].awardsByTargetKind.amount");
        assertEquals(0, awarded.compareTo(byKind));
    }

    /** Reviewed by the department's officer and the expert (4 and 5), then awarded by the association. */
    private static Map<String, Object> awarded(UUID application, Map<String, Object> award) {
        for (String[] reviewer : new String[][] {{"gov-officer", GOVERNMENT.toString()},
                {"expert", NOVA_MANUFACTURING.toString()}}) {
            as(FUNDER).body(Map.of("reviewerSubject", subjectOf(reviewer[0]), "reviewerOrganisationId",
                    reviewer[1])).post(API + "/applications/" + application + "/reviewers").then().statusCode(200);
            as(reviewer[0]).body(scores(reviewer[0].equals("expert") ? 5 : 4)).post(API + "/applications/"
                    + application + "/reviews").then().statusCode(201);
        }
        return as(FUNDER).body(award).post(API + "/applications/" + application + "/award").then().statusCode(201)
                .extract().as(Map.class);
    }

    private static void assertMoney(String expected, JsonPath path, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(money(path, field)), field + " " + path.get(field));
    }

    private static BigDecimal money(JsonPath path, String field) {
        return new BigDecimal(path.get(field).toString());
    }

    private static BigDecimal sum(JsonPath path, String expression) {
        List<Object> values = path.getList(expression);
        return values.stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
