package org.helix.systemtests.stories;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.systemtests.stories.Alliance.CURRICULUM_API;
import static org.helix.systemtests.stories.Alliance.GOVERNANCE_API;
import static org.helix.systemtests.stories.Alliance.INCUBATION_API;
import static org.helix.systemtests.stories.Alliance.ORBIT;
import static org.helix.systemtests.stories.Alliance.RIVERSIDE;
import static org.helix.systemtests.stories.Alliance.TALENT_API;
import static org.helix.systemtests.stories.Alliance.as;
import static org.helix.systemtests.stories.Alliance.create;
import static org.helix.systemtests.stories.Alliance.eventually;
import static org.helix.systemtests.stories.Alliance.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Story (b) of issue 15, flows 4, 5 and 6 of EVENTS.md: Riverside Vocational College and Orbit Digital Services sign
 * a school-enterprise agreement in governance (ACTIVE at once) → talent opens the green channel: an Orbit expert's
 * part-time teaching at Riverside, refused that fast track just before, is approved by the school alone and ACTIVE →
 * curriculum lets Riverside assign the expert to a section, and incubation lets the school make them a mentor → the
 * demo student enrols by choosing that section → talent lets the student evaluate the expert, once → the result is
 * published → curriculum shows it as the expert's rating on the section and, at the next term's choice, on the
 * expert's section there. Then the appointment is terminated (no new section, no new mentee) and the agreement too
 * (the green channel closes; the next run starts clean).
 * <p>
 * Riverside and Orbit are the only pair of demo organisations with no agreement of the demo or of another test
 * between them, so the green channel is closed before the story. "Applied once": talent holds exactly one published
 * result for the section with one response, a second evaluation is refused (409), curriculum's rating counts one
 * response from one section; the governance dashboard narrowed to a committee of Orbit alone counts exactly one
 * more ACTIVE part-time teaching appointment than before the story (Orbit's experts teach nowhere else in the tests).
 */
class ExpertTeachingStoryIT {

    private static final String TEACHING = "talent.teaching-appointments";

    @Test
    void anExpertTeachingThroughTheGreenChannelIsChosenEvaluatedAndRatedAtTheNextTermsChoice() {
        String tag = Alliance.tag();
        Alliance.demoOrganisation(RIVERSIDE, "Riverside Vocational College", "SCHOOL");
        Alliance.demoOrganisation(ORBIT, "Orbit Digital Services", "ENTERPRISE");
        String orbitScope = Alliance.scope(ORBIT);
        BigDecimal teachingBefore = figure(orbitScope, TEACHING, Map.of());

        String expert = create("enterprise-rep-2", TALENT_API + "/profiles", Map.of("kind", "EXPERT",
                "organisationId", ORBIT, "displayName", "Cloud Expert " + tag, "titleRank", "INTERMEDIATE",
                "yearsOfExperience", 10, "skills", List.of("Cloud operations")));
        String neverActive = create("enterprise-rep-2", TALENT_API + "/profiles", Map.of("kind", "EXPERT",
                "organisationId", ORBIT, "displayName", "Waiting Expert " + tag, "titleRank", "JUNIOR",
                "yearsOfExperience", 1, "skills", List.of("Networking")));
        LocalDate today = LocalDate.now();
        Map<String, Object> teaching = Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                "hostOrganisationId", RIVERSIDE, "startDate", today.toString(),
                "endDate", today.plusMonths(4).toString(), "hoursPerWeek", 2,
                "activity", "Cloud operations for mechatronics students",
                "payLines", List.of(Map.of("payerOrganisationId", RIVERSIDE, "amount", "300.00",
                        "currency", "CNY", "basis", "HOURLY")));

        // talent: without an agreement, the school's approval alone is not enough
        String appointment = create("school-admin", TALENT_API + "/appointments", teaching);
        as("school-admin").post(TALENT_API + "/appointments/" + appointment + "/approvals").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("greenChannel", equalTo(false));

        // governance: both sign, the agreement is ACTIVE (it starts today)
        String agreement = create("school-admin", GOVERNANCE_API + "/agreements", Map.of(
                "title", "Cloud skills partnership " + tag, "kind", "SCHOOL_ENTERPRISE",
                "startDate", today.toString(), "endDate", today.plusYears(1).toString(), "parties", List.of(
                        party(RIVERSIDE, "Teaching rooms and students"), party(ORBIT, "Engineers' time"))));
        try {
            as("school-admin").post(GOVERNANCE_API + "/agreements/" + agreement + "/signatures").then()
                    .statusCode(200);
            as("enterprise-rep-2").post(GOVERNANCE_API + "/agreements/" + agreement + "/signatures").then()
                    .statusCode(200).body("status", equalTo("ACTIVE"));

            // talent: the green channel opens; the school alone approves; ACTIVE from today
            eventually().until(() -> greenChannelDecided(appointment, teaching, true));
            as("school-admin").post(TALENT_API + "/appointments/" + appointment + "/approvals").then()
                    .statusCode(200).body("status", equalTo("ACTIVE")).body("greenChannel", equalTo(true))
                    .body("agreementId", equalTo(agreement));
            eventually().untilAsserted(() -> assertEquals(teachingBefore.add(BigDecimal.ONE),
                    figure(orbitScope, TEACHING, Map.of())));

            teachAndMentor(expert, neverActive, appointment, tag);
        } finally {
            as("school-admin").body(Map.of("reason", "End of the expert-teaching story"))
                    .post(GOVERNANCE_API + "/agreements/" + agreement + "/terminate").then().statusCode(200);
        }
        // talent: the channel closes for new appointments
        LocalDate later = today.plusYears(3);
        Map<String, Object> guestLecture = new HashMap<>(teaching);
        guestLecture.putAll(Map.of("startDate", later.toString(), "endDate", later.plusDays(1).toString()));
        String afterwards = create("school-admin", TALENT_API + "/appointments", guestLecture);
        eventually().until(() -> greenChannelDecided(afterwards, guestLecture, false));
        as("funder").get(GOVERNANCE_API + "/agreements/" + agreement).then().statusCode(404);
        as("school-admin").get(GOVERNANCE_API + "/agreements/" + agreement).then().statusCode(200)
                .body("status", equalTo("TERMINATED"));
        // the dashboard still counts the appointment once: it was ACTIVE this year
        assertEquals(teachingBefore.add(BigDecimal.ONE), figure(orbitScope, TEACHING, Map.of()));
    }

    /** Curriculum and incubation take the expert from talent's events until the appointment ends. */
    private static void teachAndMentor(String expert, String neverActive, String appointment, String tag) {
        String course = riversideCourse(tag);
        String thisTerm = offering(course, LocalDate.now().getYear() + "-AUTUMN");
        awaitMayTeach(expert, true);
        String section = create("school-admin", CURRICULUM_API + "/offerings/" + thisTerm + "/sections",
                Map.of("label", "Cloud " + tag, "teacherProfileId", expert, "capacity", 20));
        as("student").get(CURRICULUM_API + "/sections?offering=" + thisTerm).then().statusCode(200)
                .body("items.find { it.id == '" + section + "' }.teacherProfileId", equalTo(expert));

        // incubation: the expert may mentor; one who never taught may not
        String project = incubatingProject(tag);
        String[] mentorship = new String[1];
        eventually().until(() -> {
            Response response = as("school-admin").body(Map.of("profileId", expert))
                    .post(INCUBATION_API + "/projects/" + project + "/mentors");
            mentorship[0] = response.statusCode() == 201 ? response.path("id") : null;
            return mentorship[0] != null;
        });
        as("student").get(INCUBATION_API + "/projects/" + project + "/mentors").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo(mentorship[0]))
                .body("[0].profileId", equalTo(expert)).body("[0].status", equalTo("ACTIVE"));
        eventually().untilAsserted(() -> as("school-admin").body(Map.of("profileId", neverActive))
                .post(INCUBATION_API + "/projects/" + project + "/mentors").then().statusCode(422)
                .body("detail", containsString("no ACTIVE part-time teaching appointment")));

        // the student chooses the expert's section; talent hears of it and takes one evaluation
        as("student").post(CURRICULUM_API + "/sections/" + section + "/enrolments").then().statusCode(201)
                .body("status", equalTo("ENROLLED"));
        Map<String, Object> answers = Map.of("clarity", 5, "preparation", 4, "engagement", 4, "fairness", 5,
                "practicalRelevance", 4);
        String evaluations = TALENT_API + "/sections/" + section + "/evaluations";
        eventually().until(() -> as("student").body(answers).post(evaluations).statusCode() == 200);
        as("student").body(answers).post(evaluations).then().statusCode(409).contentType("application/problem+json");
        as("student").get(TALENT_API + "/profiles/" + expert + "/evaluation-results").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].sectionId", equalTo(section)).body("[0].responses", equalTo(1))
                .body("[0].averageScore", equalTo(4.4f));

        // curriculum: the rating on the section, and at the next term's choice
        eventually().untilAsserted(() -> as("student").get(CURRICULUM_API + "/sections/" + section).then()
                .statusCode(200).body("rating.averageScore", equalTo(4.4f)).body("rating.responses", equalTo(1))
                .body("rating.sections", equalTo(1)));
        String nextTerm = offering(course, (LocalDate.now().getYear() + 1) + "-SPRING");
        create("school-admin", CURRICULUM_API + "/offerings/" + nextTerm + "/sections",
                Map.of("label", "Cloud " + tag, "teacherProfileId", expert, "capacity", 20));
        as("student").get(CURRICULUM_API + "/sections?offering=" + nextTerm).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].teacherProfileId", equalTo(expert))
                .body("items[0].rating.averageScore", equalTo(4.4f)).body("items[0].rating.responses", equalTo(1));

        // talent ends the appointment: no new section, no new mentee; what they hold stays theirs
        as("school-admin").body(Map.of("reason", "The expert returned to Orbit's operations"))
                .post(TALENT_API + "/appointments/" + appointment + "/terminate").then().statusCode(200)
                .body("status", equalTo("TERMINATED"));
        awaitMayTeach(expert, false);
        as("school-admin").body(Map.of("label", "Cloud again", "teacherProfileId", expert, "capacity", 20))
                .post(CURRICULUM_API + "/offerings/" + thisTerm + "/sections").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("teacherProfileId"));
        as("student").get(CURRICULUM_API + "/sections/" + section).then().statusCode(200)
                .body("teacherProfileId", equalTo(expert));
        String next = incubatingProject(tag);
        eventually().untilAsserted(() -> as("school-admin").body(Map.of("profileId", expert))
                .post(INCUBATION_API + "/projects/" + next + "/mentors").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("profileId")));
    }

    /** Re-sends the same terms (talent decides the green channel again on each edit) until it is as expected. */
    private static boolean greenChannelDecided(String appointment, Map<String, Object> terms, boolean open) {
        Response current = as("school-admin").get(TALENT_API + "/appointments/" + appointment);
        current.then().statusCode(200);
        if (current.<Boolean>path("greenChannel") == open) {
            return true;
        }
        Map<String, Object> again = new HashMap<>(terms);
        again.put("version", current.<Number>path("version").longValue());
        as("school-admin").body(again).put(TALENT_API + "/appointments/" + appointment).then().statusCode(200);
        return false;
    }

    private static String riversideCourse(String tag) {
        String programme = create("school-admin", CURRICULUM_API + "/programmes", Map.of("schoolId", RIVERSIDE,
                "name", "Cloud programme " + tag, "industry", "Digital economy", "level", "HIGHER_VOCATIONAL"));
        return create("school-admin", CURRICULUM_API + "/courses", Map.of("programmeId", programme,
                "code", "CLD-" + tag, "content", Map.of("title", "Cloud operations", "type", "PRACTICAL",
                        "credits", 2, "skillIds", List.of())));
    }

    private static String offering(String course, String term) {
        return create("school-admin", CURRICULUM_API + "/offerings", Map.of("courseId", course, "term", term));
    }

    private static void awaitMayTeach(String profile, boolean may) {
        eventually().until(() -> {
            Response response = as("school-admin").get(CURRICULUM_API + "/teachers/" + profile);
            return response.statusCode() == 200
                    && response.jsonPath().getList("mayTeachAt").contains(RIVERSIDE) == may;
        });
    }

    /** The demo student's project at Riverside, screened by the school and admitted by the admin's override. */
    private static String incubatingProject(String tag) {
        String project = create("student", INCUBATION_API + "/projects", Map.of("title", "Cloud cost watch " + tag,
                "schoolId", RIVERSIDE, "sector", "Digital economy",
                "pitch", "Alerts small firms before their cloud bill surprises them"));
        as("school-admin").post(INCUBATION_API + "/projects/" + project + "/screening").then().statusCode(200);
        as("admin").body(Map.of("overrideReason", "Story: admitted without reviews"))
                .post(INCUBATION_API + "/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING"));
        return project;
    }

    private static Map<String, Object> party(String organisation, String contribution) {
        return Map.of("organisationId", organisation, "riskShare", "50.00", "benefitShare", "50.00",
                "contribution", contribution);
    }
}
