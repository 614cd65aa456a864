package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The curriculum's demo: skills of advanced manufacturing, Riverside's mechatronics programme with its CNC course,
 * demand from Nova Precision and the industry association that opens a visible gap (five-axis machining), a revision
 * of the CNC course under review, this term's offering of it with two sections (the demo teacher's and the demo
 * expert's, whose part-time teaching at Riverside talent's demo made ACTIVE), the demo student enrolled in the
 * expert's section, an internship under way at Nova's training base, and last year's graduates' outcomes. Written
 * through the real API by the partner clients of Riverside, Nova and the association; skipped when Riverside's
 * mechatronics programme exists.
 */
final class CurriculumDemoData {

    static final String PROGRAMME = "Mechatronics";
    private static final String API = "/api/curriculum";

    private final ApiClient school;
    private final ApiClient enterprise;
    private final ApiClient association;
    private final UnaryOperator<String> subjectOf;

    /** @param subjectOf the Keycloak subject of a demo user */
    CurriculumDemoData(HttpClient http, String curriculumUrl, String realmUrl, UnaryOperator<String> subjectOf) {
        this.school = new ApiClient(http, curriculumUrl, realmUrl, "partner-school");
        this.enterprise = new ApiClient(http, curriculumUrl, realmUrl, "partner-enterprise");
        this.association = new ApiClient(http, curriculumUrl, realmUrl, "partner-association");
        this.subjectOf = subjectOf;
    }

    /** Returns true when this call created the curriculum demo, false when it was there already. */
    boolean seed() {
        for (String organisation : List.of(GovernanceDemoData.RIVERSIDE, GovernanceDemoData.NOVA,
                GovernanceDemoData.ASSOCIATION)) {
            Waiting.until("organisation " + organisation + " in curriculum", () -> school.get(API + "/organisations/"
                    + organisation).statusCode() == 200);
        }
        JsonNode existing = school.getJson(API + "/programmes?school=" + GovernanceDemoData.RIVERSIDE + "&size=100");
        for (JsonNode programme : existing.path("items")) {
            if (PROGRAMME.equals(programme.path("name").asText())) {
                return false;
            }
        }
        String cnc = skill("CNC machining", "SKILL");
        String measurement = skill("Precision measurement", "SKILL");
        String fiveAxis = skill("Five-axis machining", "SKILL");
        String plc = skill("PLC programming", "SKILL");
        String safety = skill("Workshop safety", "KNOWLEDGE");
        String teamwork = skill("Teamwork on the shop floor", "BEHAVIOUR");

        String programme = school.post(API + "/programmes", Map.of("schoolId", GovernanceDemoData.RIVERSIDE,
                "name", PROGRAMME, "industry", "Advanced manufacturing", "level", "HIGHER_VOCATIONAL",
                "description", "Three-year programme in machining, automation and maintenance"),
                "demo-curriculum-programme", Set.of(201)).path("id").asText();
        String cncCourse = course(programme, "CNC-201", "CNC machining", "PRACTICAL", "4.0", List.of(cnc, safety));
        course(programme, "MET-110", "Precision measurement", "CORE", "3.0", List.of(measurement, safety));
        course(programme, "PLC-150", "PLC programming", "CORE", "3.5", List.of(plc));
        course(programme, "EMP-100", "Career and employment guidance", "EMPLOYMENT_GUIDANCE", "1.0",
                List.of(teamwork));

        // Nova and the association need five-axis machinists Riverside does not train yet: a visible gap
        signal(enterprise, fiveAxis, 25, "Nova Precision 2027 hiring plan", "demo-curriculum-signal-1");
        signal(enterprise, cnc, 20, "Nova Precision 2027 hiring plan", "demo-curriculum-signal-2");
        signal(association, fiveAxis, 30, "Association skills survey 2026", "demo-curriculum-signal-3");
        signal(association, measurement, 12, "Association skills survey 2026", "demo-curriculum-signal-4");

        // the answer: a revision of CNC-201 that adds five-axis machining, under review, with the association's word
        String revision = school.post(API + "/revisions", Map.of("change", "MODIFY", "courseId", cncCourse,
                "subject", "Add five-axis machining to CNC-201", "rationale", "Nova and the association ask for 55 "
                        + "five-axis machinists within a year",
                "content", Map.of("title", "CNC and five-axis machining", "type", "PRACTICAL", "credits", 5.0,
                        "skillIds", List.of(cnc, fiveAxis, safety))), "demo-curriculum-revision", Set.of(201))
                .path("id").asText();
        school.post(API + "/revisions/" + revision + "/submit", Map.of());
        association.post(API + "/revisions/" + revision + "/comments", Map.of("text", "Our members would host "
                + "the practical part on their five-axis centres."), "demo-curriculum-comment", Set.of(201));

        // this term's offering with two sections: the demo teacher's and the demo expert's
        String teacher = awaitTeacher("Chen Fang");
        String expert = awaitTeacher("Li Wei");
        String offering = school.post(API + "/offerings", Map.of("courseId", cncCourse, "term", currentTerm()),
                "demo-curriculum-offering", Set.of(201)).path("id").asText();
        String sectionA = section(offering, "A", teacher, 30, "Mon 08:30-11:30, workshop 2");
        String sectionB = section(offering, "B", expert, 24, "Thu 13:30-16:30, Nova's CNC line");
        school.post(API + "/sections/" + sectionB + "/enrolments", Map.of("studentSubject",
                subjectOf.apply("student")), "demo-curriculum-enrolment", Set.of(201));
        for (int i = 1; i <= 5; i++) {
            school.post(API + "/sections/" + sectionA + "/enrolments", Map.of("studentSubject",
                    "demo-riverside-student-" + i), "demo-curriculum-enrolment-" + i, Set.of(201));
        }

        // the student's internship at Nova's training base, under way
        String base = enterprise.post(API + "/training-bases", Map.of("enterpriseId", GovernanceDemoData.NOVA,
                "schoolId", GovernanceDemoData.RIVERSIDE, "name", "Nova CNC training base", "capacity", 6,
                "trains", "Five-axis and CNC machining on production lines", "skillIds", List.of(cnc, fiveAxis)),
                "demo-curriculum-base", Set.of(201)).path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String internship = school.post(API + "/internships", Map.of("baseId", base, "schoolId",
                GovernanceDemoData.RIVERSIDE, "studentSubject", subjectOf.apply("student"), "supervisor", "Wang Jun",
                "plannedHours", 320, "startDate", today.withDayOfMonth(1).toString(), "endDate",
                today.withDayOfMonth(1).plusWeeks(10).toString()), "demo-curriculum-internship", Set.of(201))
                .path("id").asText();
        enterprise.post(API + "/internships/" + internship + "/start", Map.of());

        // last year's graduates of the programme: 6 of 8 employed or self-employed (75.0%)
        String[][] outcomes = {{"EMPLOYED", "nova"}, {"EMPLOYED", "nova"}, {"EMPLOYED", "nova"},
                {"EMPLOYED", "Harbour Robotics"}, {"EMPLOYED", "Harbour Robotics"}, {"SELF_EMPLOYED", null},
                {"FURTHER_STUDY", null}, {"SEEKING", null}};
        for (int i = 0; i < outcomes.length; i++) {
            Map<String, Object> outcome = new HashMap<>(Map.of("programmeId", programme, "graduationYear",
                    today.getYear() - 1, "studentSubject", "demo-riverside-graduate-" + (i + 1), "outcome",
                    outcomes[i][0]));
            if ("nova".equals(outcomes[i][1])) {
                outcome.put("employerOrganisationId", GovernanceDemoData.NOVA);
            } else if (outcomes[i][1] != null) {
                outcome.put("employerName", outcomes[i][1]);
            }
            school.post(API + "/outcomes", outcome, "demo-curriculum-outcome-" + (i + 1), Set.of(201));
        }
        return true;
    }

    private String skill(String name, String category) {
        JsonNode found = association.getJson(API + "/skills?sector=Advanced%20manufacturing&size=100&name="
                + name.replace(" ", "%20"));
        for (JsonNode skill : found.path("items")) {
            if (name.equalsIgnoreCase(skill.path("name").asText())) {
                return skill.path("id").asText();
            }
        }
        return association.post(API + "/skills", Map.of("name", name, "category", category, "sector",
                "Advanced manufacturing"), "demo-curriculum-skill-" + name, Set.of(201)).path("id").asText();
    }

    private String course(String programme, String code, String title, String type, String credits,
            List<String> skills) {
        return school.post(API + "/courses", Map.of("programmeId", programme, "code", code, "content",
                Map.of("title", title, "type", type, "credits", Double.parseDouble(credits), "skillIds", skills)),
                "demo-curriculum-course-" + code, Set.of(201)).path("id").asText();
    }

    private void signal(ApiClient poster, String skill, int headcount, String source, String key) {
        poster.post(API + "/demand-signals", Map.of("skillId", skill, "headcount", headcount, "horizonMonths", 12,
                "schoolId", GovernanceDemoData.RIVERSIDE, "source", source), key, Set.of(201));
    }

    private String section(String offering, String label, String teacher, int capacity, String schedule) {
        return school.post(API + "/offerings/" + offering + "/sections", Map.of("label", label, "teacherProfileId",
                teacher, "capacity", capacity, "schedule", schedule), "demo-curriculum-section-" + label, Set.of(201))
                .path("id").asText();
    }

    /** A talent profile who may teach at Riverside, once curriculum has heard of it (and of the appointment). */
    private String awaitTeacher(String displayName) {
        String[] id = new String[1];
        Waiting.until(displayName + " may teach at Riverside", () -> {
            JsonNode teachers = school.getJson(API + "/teachers?size=100&school=" + GovernanceDemoData.RIVERSIDE);
            for (JsonNode teacher : teachers.path("items")) {
                if (displayName.equals(teacher.path("displayName").asText())) {
                    id[0] = teacher.path("id").asText();
                    return true;
                }
            }
            return false;
        });
        return id[0];
    }

    /** {@code YYYY-SPRING} from February to July, {@code YYYY-AUTUMN} from August to January (the year it began). */
    static String currentTerm() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int month = today.getMonthValue();
        if (month == 1) {
            return (today.getYear() - 1) + "-AUTUMN";
        }
        return today.getYear() + (month >= 8 ? "-AUTUMN" : "-SPRING");
    }

}
