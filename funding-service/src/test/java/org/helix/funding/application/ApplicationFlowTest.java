package org.helix.funding.application;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.TALENT;
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
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.projectCall;
import static org.helix.funding.FundingFixtures.projectEvent;
import static org.helix.funding.FundingFixtures.reviewed;
import static org.helix.funding.FundingFixtures.scores;
import static org.helix.funding.FundingFixtures.subjectOf;

/**
 * Applications: the target must exist and be eligible (a PROJECT only while incubation says it is incubating), the
 * window and the applicant's type are enforced, reviews by assigned reviewers without a conflict of interest, the
 * lifecycle, the review threshold at its edges, and privacy.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ApplicationFlowTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aProjectMayBeATargetOnlyWhileIncubationSaysItIsIncubating() {
        UUID call = projectCall("100000.00", "10000.00");
        UUID submitted = UUID.randomUUID();
        projectEvent("ProjectSubmitted", submitted, RIVERSIDE_COLLEGE, "SUBMITTED");
        UUID admitted = admittedProject(RIVERSIDE_COLLEGE);
        UUID application = apply("school-admin", application(call, admitted, "5000.00"));
        // a submitted project (known here or not yet): not admitted, no application
        as("school-admin").body(application(call, submitted, "5000.00")).post(API + "/applications").then()
                .statusCode(422).body("errors[0].field", equalTo("targetId"));
        // another school may not apply for Riverside's project
        as("school-admin-2").body(application(call, admitted, "5000.00")).post(API + "/applications").then()
                .statusCode(422).body("errors[0].field", equalTo("targetId"));
        // a second live application for the same target
        as("school-admin").body(application(call, admitted, "5000.00")).post(API + "/applications").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:duplicate-application"));
        as("school-admin").get(API + "/applications/" + application).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("targetKind", equalTo("PROJECT"));

        UUID discontinued = admittedProject(RIVERSIDE_COLLEGE);
        apply("school-admin", application(projectCall("1000.00", "100.00"), discontinued, "50.00"));
        discontinue(discontinued, RIVERSIDE_COLLEGE);
        // probed with too large an amount: refused either way, naming the target once it is discontinued here
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> "targetId".equals(
                as("school-admin").body(application(call, discontinued, "10000.01")).post(API + "/applications")
                        .then().statusCode(422).extract().path("errors[0].field")));
    }

    @Test
    void anActiveAppointmentOfTalentMayBeFundedByItsHomeOrHostUntilItEnds() {
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "APPOINTMENT",
                List.of("SCHOOL", "ENTERPRISE")));
        UUID appointment = UUID.randomUUID();
        ContractFixture activated = ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("homeOrganisationId", NOVA_MANUFACTURING.toString())
                .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString());
        TALENT.send("helix.talent.AppointmentActivated", "Appointment/" + appointment, appointment.toString(),
                activated.bytes());
        UUID application = apply("enterprise-rep", application(call, appointment, "900.00"));
        as("school-admin-2").body(application(call, appointment, "900.00")).post(API + "/applications").then()
                .statusCode(422).body("errors[0].field", equalTo("targetId"));
        as("enterprise-rep").body(Map.of("reason", "changed plans")).post(API + "/applications/" + application
                + "/withdraw").then().statusCode(200);
        ContractFixture terminated = ContractFixture.ofEvent("talent-exchange-service", "AppointmentTerminated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("homeOrganisationId", NOVA_MANUFACTURING.toString())
                .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString());
        TALENT.send("helix.talent.AppointmentTerminated", "Appointment/" + appointment, appointment.toString(),
                terminated.bytes());
        // probed with too large an amount: refused either way, naming the target once the appointment has ended
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> "targetId".equals(
                as("school-admin").body(application(call, appointment, "1000.01")).post(API + "/applications")
                        .then().statusCode(422).extract().path("errors[0].field")));
    }

    @Test
    void theWindowTheApplicantsTypeAndTheLargestAwardAreEnforcedAtTheirEdges() {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "SCHOOL", List.of("SCHOOL"));
        terms.put("opensOn", LocalDate.now().plusDays(1).toString());
        UUID notYet = openCall("funder", terms);
        as("school-admin").body(application(notYet, RIVERSIDE_COLLEGE, "10.00")).post(API + "/applications").then()
                .statusCode(422).body("errors[0].field", equalTo("callId"));
        terms.put("opensOn", LocalDate.now().minusDays(10).toString());
        terms.put("closesOn", LocalDate.now().minusDays(1).toString());
        UUID over = openCall("funder", terms);
        as("school-admin").body(application(over, RIVERSIDE_COLLEGE, "10.00")).post(API + "/applications").then()
                .statusCode(422).body("errors[0].field", equalTo("callId"));
        terms.put("closesOn", LocalDate.now().toString());
        UUID lastDay = openCall("funder", terms);
        as("school-admin").body(application(lastDay, RIVERSIDE_COLLEGE, "1000.01")).post(API + "/applications")
                .then().statusCode(422).body("errors[0].field", equalTo("requestedAmount"));
        as("school-admin").body(application(lastDay, RIVERSIDE_COLLEGE, "1000.00")).post(API + "/applications")
                .then().statusCode(201);
        // an enterprise is not an eligible applicant of a call for schools; a closed call takes none
        as("enterprise-rep").body(application(lastDay, RIVERSIDE_COLLEGE, "10.00")).post(API + "/applications")
                .then().statusCode(422).body("errors[0].field", equalTo("callId"));
        as("funder").post(API + "/calls/" + lastDay + "/close").then().statusCode(200);
        as("school-admin-2").body(application(lastDay, LAKESIDE_POLYTECHNIC, "10.00")).post(API + "/applications")
                .then().statusCode(422);
        // a student and admin apply for nobody
        as("student").body(application(lastDay, RIVERSIDE_COLLEGE, "10.00")).post(API + "/applications").then()
                .statusCode(403);
    }

    @Test
    void reviewersAreAssignedReviewOnceAndAConflictOfInterestIsRefused() {
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "SCHOOL",
                List.of("SCHOOL")));
        UUID application = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "800.00"));
        String path = API + "/applications/" + application;
        // a person of the applicant's organisation is refused as reviewer
        as("funder").body(Map.of("reviewerSubject", subjectOf("teacher"), "reviewerOrganisationId",
                RIVERSIDE_COLLEGE)).post(path + "/reviewers").then().statusCode(422)
                .body("type", equalTo("urn:helix:problem:conflict-of-interest"));
        // only the funder assigns
        as("school-admin").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(path + "/reviewers").then().statusCode(403);
        as("funder").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(path + "/reviewers").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        as("funder").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(path + "/reviewers").then().statusCode(409);
        // a reviewer who is not assigned, and one declaring a conflict
        as("gov-officer").body(scores(4)).post(path + "/reviews").then().statusCode(404);
        Map<String, Object> conflicted = new HashMap<>(scores(4));
        conflicted.put("conflictOfInterest", true);
        as("association-rep").body(conflicted).post(path + "/reviews").then().statusCode(422)
                .body("type", equalTo("urn:helix:problem:conflict-of-interest"));
        Map<String, Object> outOfRange = new HashMap<>(scores(4));
        outOfRange.put("impact", 6);
        as("association-rep").body(outOfRange).post(path + "/reviews").then().statusCode(400);
        as("association-rep").body(scores(4)).post(path + "/reviews").then().statusCode(201)
                .body("mean", equalTo(4.0f));
        as("association-rep").body(scores(4)).post(path + "/reviews").then().statusCode(409);
        // the reviewer sees the application, the listing, the reviews
        as("association-rep").get(path).then().statusCode(200).body("reviewCount", equalTo(1))
                .body("meanScore", equalTo(4.0f)).body("reviewers[0].reviewed", equalTo(true));
        as("association-rep").queryParam("size", 100).get(API + "/applications").then().statusCode(200)
                .body("items.id", hasItem(application.toString()));
        as("funder").get(path + "/reviews").then().statusCode(200).body("size()", equalTo(1));
        // strangers: 404 and not in lists; secretariat is no party to an application
        for (String stranger : List.of("enterprise-rep", "school-admin-2", "secretariat", "student")) {
            as(stranger).get(path).then().statusCode(404);
            as(stranger).queryParam("size", 100).get(API + "/applications").then().statusCode(200)
                    .body("items.id", not(hasItem(application.toString())));
        }
    }

    @Test
    void anAwardNeedsEnoughReviewsWithAMeanAtTheThreshold() {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "SCHOOL", List.of("SCHOOL"));
        terms.put("reviewThreshold", "3.25");
        UUID call = openCall("funder", terms);

        // one review of 5s: fewer than two reviews
        UUID one = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "100.00"));
        as("funder").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(API + "/applications/" + one + "/reviewers").then().statusCode(200);
        as("association-rep").body(scores(5)).post(API + "/applications/" + one + "/reviews").then()
                .statusCode(201);
        as("funder").body(award("100.00", "100.00")).post(API + "/applications/" + one + "/award").then()
                .statusCode(422).body("type", equalTo("urn:helix:problem:review-threshold-not-met"));
        as("funder").body(Map.of("reason", "not this year")).post(API + "/applications/" + one + "/decline").then()
                .statusCode(200).body("status", equalTo("DECLINED"));

        // mean 3.125 (shown as 3.13), below 3.25: refused
        UUID below = apply("school-admin-2", application(call, LAKESIDE_POLYTECHNIC, "100.00"));
        reviewed(below, scores(3), Map.of("relevance", 3, "feasibility", 3, "impact", 4, "valueForMoney", 3,
                "conflictOfInterest", false));
        as("funder").get(API + "/applications/" + below).then().body("meanScore", equalTo(3.13f));
        as("funder").body(award("100.00", "100.00")).post(API + "/applications/" + below + "/award").then()
                .statusCode(422);
        as("school-admin-2").body(Map.of("reason", "we found other money")).post(API + "/applications/" + below
                + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as("school-admin-2").body(Map.of("reason", "again")).post(API + "/applications/" + below + "/withdraw")
                .then().statusCode(409);

        // mean exactly 3.25: awarded; the tranches must sum to the award and it must not exceed maxAward
        UUID at = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "1000.00"));
        reviewed(at, scores(3), Map.of("relevance", 4, "feasibility", 4, "impact", 3, "valueForMoney", 3,
                "conflictOfInterest", false));
        as("funder").body(award("1000.00", "500.00", "499.99")).post(API + "/applications/" + at + "/award").then()
                .statusCode(422).body("errors[0].field", equalTo("tranches"));
        as("funder").body(award("1000.01", "1000.01")).post(API + "/applications/" + at + "/award").then()
                .statusCode(422).body("errors[0].field", equalTo("amount"));
        as("school-admin").body(award("1000.00", "1000.00")).post(API + "/applications/" + at + "/award").then()
                .statusCode(403);
        as("funder").body(award("1000.00", "600.00", "400.00")).post(API + "/applications/" + at + "/award").then()
                .statusCode(201).body("amount", equalTo(1000.0f)).body("tranches.size()", equalTo(2))
                .body("tranches[1].sequence", equalTo(2)).body("pending", equalTo(1000.0f));
        as("funder").get(API + "/applications/" + at).then().body("status", equalTo("AWARDED"));
        as("funder").body(award("1000.00", "1000.00")).post(API + "/applications/" + at + "/award").then()
                .statusCode(409);
        as("student").get(API + "/calls/" + call).then().body("committed", equalTo(1000.0f))
                .body("remaining", equalTo(4000.0f));
    }

    @Test
    void atMostMaxReviewersAreAssignedToOneApplication() {
        // helix.funding.reviews.max-reviewers = 10 (the default): the 9th and the 10th are assigned, the 11th is not
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "SCHOOL",
                List.of("SCHOOL")));
        String reviewers = API + "/applications/" + apply("school-admin", application(call, RIVERSIDE_COLLEGE,
                "100.00")) + "/reviewers";
        for (int n = 1; n <= 9; n++) {
            assign(reviewers, n).then().statusCode(200).body("reviewers.size()", equalTo(n));
        }
        assign(reviewers, 10).then().statusCode(200).body("reviewers.size()", equalTo(10));
        assign(reviewers, 11).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:too-many-reviewers"))
                .body("detail", org.hamcrest.Matchers.containsString("10"));
        as("funder").get(reviewers.replace("/reviewers", "")).then().body("reviewers.size()", equalTo(10));
    }

    @Test
    void theMinimumOfReviewsAndTheDefaultThresholdAtTheirEdges() {
        // helix.funding.reviews.min-reviews = 2 and default-threshold = 3.00 (a call that names no threshold)
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "5000.00", "1000.00", "SCHOOL",
                List.of("SCHOOL")));
        as("student").get(API + "/calls/" + call).then().body("reviewThreshold", equalTo(3.0f));

        // one review (one below the minimum), though of 5s
        UUID oneReview = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "100.00"));
        reviewedBy(oneReview, "association-rep", scores(5));
        awardRefused(oneReview);
        as("funder").body(Map.of("reason", "next round")).post(API + "/applications/" + oneReview + "/decline")
                .then().statusCode(200);

        // two reviews (at the minimum), mean 2.875 (the nearest below 3.00 two reviews can come): refused
        UUID below = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "100.00"));
        reviewedBy(below, "association-rep", scores(3));
        reviewedBy(below, "gov-officer", Map.of("relevance", 3, "feasibility", 3, "impact", 3, "valueForMoney", 2,
                "conflictOfInterest", false));
        as("funder").get(API + "/applications/" + below).then().body("meanScore", equalTo(2.88f));
        awardRefused(below);
        as("funder").body(Map.of("reason", "below the threshold")).post(API + "/applications/" + below
                + "/decline").then().statusCode(200);

        // two reviews, mean exactly 3.00: awarded
        UUID at = apply("school-admin", application(call, RIVERSIDE_COLLEGE, "100.00"));
        reviewedBy(at, "association-rep", scores(3));
        reviewedBy(at, "gov-officer", scores(3));
        as("funder").body(award("100.00", "100.00")).post(API + "/applications/" + at + "/award").then()
                .statusCode(201);

        // three reviews (one above the minimum), mean 3.08 (above the threshold): awarded
        UUID above = apply("school-admin-2", application(call, LAKESIDE_POLYTECHNIC, "100.00"));
        reviewedBy(above, "association-rep", scores(3));
        reviewedBy(above, "gov-officer", scores(3));
        reviewedBy(above, "expert", Map.of("relevance", 4, "feasibility", 3, "impact", 3, "valueForMoney", 3,
                "conflictOfInterest", false));
        as("funder").get(API + "/applications/" + above).then().body("reviewCount", equalTo(3))
                .body("meanScore", equalTo(3.08f));
        as("funder").body(award("100.00", "100.00")).post(API + "/applications/" + above + "/award").then()
                .statusCode(201);
    }

    private static io.restassured.response.Response assign(String reviewers, int n) {
        return as("funder").body(Map.of("reviewerSubject", "external-reviewer-" + n + "-" + UUID.randomUUID(),
                "reviewerOrganisationId", ASSOCIATION)).post(reviewers);
    }

    /** {@code user} (of the organisation the demo gives it) is assigned as reviewer and reviews with {@code scores}. */
    private static void reviewedBy(UUID application, String user, Map<String, Object> scores) {
        UUID organisation = switch (user) {
            case "association-rep" -> ASSOCIATION;
            case "gov-officer" -> org.helix.funding.FundingFixtures.GOVERNMENT;
            case "expert" -> NOVA_MANUFACTURING;
            default -> throw new IllegalArgumentException(user);
        };
        as("funder").body(Map.of("reviewerSubject", subjectOf(user), "reviewerOrganisationId", organisation))
                .post(API + "/applications/" + application + "/reviewers").then().statusCode(200);
        as(user).body(scores).post(API + "/applications/" + application + "/reviews").then().statusCode(201);
    }

    private static void awardRefused(UUID application) {
        as("funder").body(award("100.00", "100.00")).post(API + "/applications/" + application + "/award").then()
                .statusCode(422).body("type", equalTo("urn:helix:problem:review-threshold-not-met"));
    }
}
