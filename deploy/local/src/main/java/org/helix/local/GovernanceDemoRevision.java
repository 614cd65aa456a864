package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Set;

/**
 * Where the curriculum story starts in the demo: the Riverside–Nova cooperation organisation adopts a
 * CURRICULUM_REVISION resolution on Riverside's PLC course, and curriculum answers it with a DRAFT revision of PLC-150
 * linked to the resolution. Seeded after the curriculum demo (the course must exist for the revision to be a MODIFY
 * of it), through the real APIs: the secretariat proposes and runs the ballot, Riverside and Nova vote through their
 * partner clients. Skipped once the resolution is ADOPTED; a run that stopped halfway is taken up again (every step
 * accepts "done already").
 */
final class GovernanceDemoRevision {

    static final String TITLE = "Add safety-rated PLC programming to PLC-150";
    static final String COURSE = "PLC-150";
    private static final String MICRO = "Riverside–Nova School-Enterprise Cooperation";
    private static final String GOVERNANCE = "/api/governance";
    private static final Set<Integer> DONE_OR_DONE_ALREADY = Set.of(200, 201, 409);

    private final ApiClient secretariat;
    private final ApiClient school;
    private final ApiClient enterprise;
    private final ApiClient curriculum;

    GovernanceDemoRevision(HttpClient http, String governanceUrl, String curriculumUrl, String realmUrl) {
        this.secretariat = new ApiClient(http, governanceUrl, realmUrl, DemoData.SEEDING_CLIENT);
        this.school = new ApiClient(http, governanceUrl, realmUrl, "partner-school");
        this.enterprise = new ApiClient(http, governanceUrl, realmUrl, "partner-enterprise");
        this.curriculum = new ApiClient(http, curriculumUrl, realmUrl, "partner-school");
    }

    /** Returns true when this call adopted the resolution, false when it was adopted already. */
    boolean seed() {
        String committee = committee();
        JsonNode resolution = resolution(committee);
        if (resolution != null && "ADOPTED".equals(resolution.path("status").asText())) {
            return false;
        }
        String id = resolution != null ? resolution.path("id").asText()
                : secretariat.post(GOVERNANCE + "/committees/" + committee + "/resolutions", Map.of(
                        "title", TITLE, "kind", "CURRICULUM_REVISION",
                        "text", "Nova's new lines use safety-rated controllers: the cooperation organisation asks "
                                + "Riverside to teach safety-rated PLC programming in " + COURSE + ".",
                        "proposingOrganisationId", GovernanceDemoData.NOVA,
                        "schoolId", GovernanceDemoData.RIVERSIDE, "courseOrProgramme", COURSE),
                        "demo-governance-revision-resolution", Set.of(201)).path("id").asText();
        String path = GOVERNANCE + "/resolutions/" + id;
        secretariat.post(path + "/voting/open", Map.of(), null, DONE_OR_DONE_ALREADY);
        school.post(path + "/votes", Map.of("choice", "FOR"), null, DONE_OR_DONE_ALREADY);
        enterprise.post(path + "/votes", Map.of("choice", "FOR"), null, DONE_OR_DONE_ALREADY);
        secretariat.post(path + "/voting/close", Map.of(), null, DONE_OR_DONE_ALREADY);
        // curriculum opens the DRAFT revision when governance's ResolutionAdopted reaches it
        Waiting.until("the DRAFT revision of " + COURSE + " in curriculum", () -> curriculum.getJson(
                "/api/curriculum/revisions?resolution=" + id).path("total").asLong() == 1);
        return true;
    }

    private String committee() {
        for (JsonNode committee : secretariat.getJson(GOVERNANCE + "/committees?tier=MICRO&size=100")
                .path("items")) {
            if (MICRO.equals(committee.path("name").asText())) {
                return committee.path("id").asText();
            }
        }
        throw new IllegalStateException("the demo cooperation organisation '" + MICRO + "' is missing");
    }

    private JsonNode resolution(String committee) {
        for (JsonNode resolution : secretariat.getJson(GOVERNANCE + "/committees/" + committee
                + "/resolutions?size=100").path("items")) {
            if (TITLE.equals(resolution.path("title").asText())) {
                return resolution;
            }
        }
        return null;
    }
}
