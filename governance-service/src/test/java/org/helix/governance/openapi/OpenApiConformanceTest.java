package org.helix.governance.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.helix.governance.GovernanceServers;
import org.helix.governance.meeting.SittingCommittee;
import org.helix.platform.testing.OpenApiConformance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.micro;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.helix.governance.meeting.SittingCommittee.RESOLUTIONS;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every GET operation of the document governance serves answers, with real content, what the document says: the
 * data is built through the public API first (one record of each kind, optional fields both set and left out), then
 * every documented GET path is read and its body validated against the document. A GET path the test does not
 * exercise fails it.
 */
@QuarkusTest
@GovernanceServers
class OpenApiConformanceTest {

    static final String API = "/api/governance";

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");

        // organisations: one with every optional field, one with none
        SittingCommittee committee = SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER",
                INDUSTRY_ASSOCIATION, "SECRETARY");
        String full = as("secretariat").body(Map.of("name", unique("Harbour Robotics"), "type", "ENTERPRISE",
                        "region", "East", "contactEmail", "office@harbour.example", "website", "https://harbour.example"))
                .post(API + "/organisations").then().statusCode(201).extract().path("id");
        String bare = as("secretariat").body(Map.of("name", unique("Quay Institute"), "type", "SCHOOL"))
                .post(API + "/organisations").then().statusCode(201).extract().path("id");

        // the three tiers, with members
        UUID meso = meso(unique("OpenAPI MESO"), committee.id, unique("Industry"));
        join(meso, INDUSTRY_ASSOCIATION, "CHAIR");
        UUID micro = micro(unique("OpenAPI MICRO"), meso);
        join(micro, RIVERSIDE_COLLEGE, "CHAIR");
        join(micro, NOVA_MANUFACTURING, "MEMBER");

        // a regulation in two versions, a meeting, a resolution adopted with an action, a problem, an agreement
        String regulations = API + "/committees/" + committee.id + "/regulations";
        String regulation = as("secretariat").body(Map.of("title", "Meeting rules", "body", "Quorum is half plus one.",
                "effectiveFrom", "2026-01-01")).post(regulations).then().statusCode(201).extract().path("id");
        as("secretariat").body(Map.of("title", "Meeting rules", "body", "Quorum is two thirds.",
                "effectiveFrom", "2026-06-01", "supersedes", regulation)).post(regulations).then().statusCode(201);
        UUID meeting = committee.scheduleMeeting("PUBLIC");
        UUID resolution = committee.resolutionInVoting("school-admin");
        SittingCommittee.vote(resolution, "school-admin", "FOR");
        SittingCommittee.vote(resolution, "enterprise-rep", "FOR");
        as("secretariat").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        committee.propose("enterprise-rep");
        String action = as("secretariat").body(Map.of("title", "Open two internship bases",
                        "assigneeOrganisationId", NOVA_MANUFACTURING, "dueDate", "2031-06-30"))
                .post(RESOLUTIONS + resolution + "/actions").then().statusCode(201).extract().path("id");
        String problem = as("school-admin").body(Map.of("title", unique("Problem"),
                        "description", "Interns lack safety training before shop-floor placements", "severity", "HIGH"))
                .post(API + "/committees/" + micro + "/problems").then().statusCode(201).extract().path("id");
        String agreement = as("school-admin").body(schoolEnterpriseAgreement(LocalDate.now().plusMonths(1)))
                .post(API + "/agreements").then().statusCode(201).extract().path("id");

        api.get(as("admin"), API + "/organisations");
        api.get(as("admin").queryParam("type", "ENTERPRISE").queryParam("sort", "name,desc"), API + "/organisations");
        api.get(as("teacher"), API + "/organisations/{id}", full);
        api.get(as("teacher"), API + "/organisations/{id}", bare);
        api.get(as("admin"), API + "/committees");
        api.get(as("admin").queryParam("parent", meso), API + "/committees");
        api.get(as("admin"), API + "/committees/{id}", committee.id);
        api.get(as("admin"), API + "/committees/{id}", micro);
        api.get(as("admin"), API + "/committees/{id}/tree", committee.id);
        api.get(as("admin"), API + "/committees/{committeeId}/members", micro);
        api.get(as("admin"), API + "/committees/{committeeId}/meetings", committee.id);
        api.get(as("admin"), API + "/meetings/{id}", meeting);
        api.get(as("admin").queryParam("includeSuperseded", true), API + "/committees/{committeeId}/regulations",
                committee.id);
        api.get(as("admin"), API + "/regulations/{id}", regulation);
        api.get(as("admin"), API + "/committees/{committeeId}/resolutions", committee.id);
        api.get(as("admin"), API + "/resolutions/{id}", resolution);
        api.get(as("admin"), API + "/resolutions/{id}/actions", resolution);
        api.get(as("admin"), API + "/actions/{id}", action);
        api.get(as("admin"), API + "/committees/{committeeId}/problems", micro);
        api.get(as("admin"), API + "/problems/{id}", problem);
        api.get(as("admin"), API + "/agreements");
        api.get(as("school-admin"), API + "/agreements/{id}", agreement);
        String chain = api.get(as("admin"), API + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), API + "/admin/correlations/{correlationId}", chain == null ? "none" : chain);
        api.get(as("teacher"), API + "/dashboard");
        api.get(as("teacher").queryParam("committee", committee.id).queryParam("organisationType", "SCHOOL"),
                API + "/dashboard");
        api.get(as("teacher"), API + "/dashboard/metrics");
        api.get(as("admin"), API + "/dashboard/rebuild");

        api.assertEveryGetOperationChecked(API);
    }

    static Map<String, Object> schoolEnterpriseAgreement(LocalDate start) {
        return Map.of("title", unique("Cooperation agreement"), "kind", "SCHOOL_ENTERPRISE",
                "scope", "Joint training of CNC technicians, internships and shared equipment",
                "startDate", start.toString(), "endDate", start.plusYears(3).toString(),
                "parties", List.of(
                        Map.of("organisationId", RIVERSIDE_COLLEGE, "riskShare", "40.00", "benefitShare", "35.50",
                                "contribution", "Training base and teachers"),
                        Map.of("organisationId", NOVA_MANUFACTURING, "riskShare", "60.00", "benefitShare", "64.50",
                                "contribution", "Mentors and equipment", "contributionAmount", "25000.00")));
    }
}
