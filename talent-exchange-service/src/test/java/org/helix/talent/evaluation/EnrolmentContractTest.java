package org.helix.talent.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This service reads curriculum's StudentEnrolled and StudentWithdrew as the schemas in curriculum-service/events/
 * define them (curriculum produces against the same files), and computes the evaluation window of their terms.
 */
class EnrolmentContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"StudentEnrolled", "StudentWithdrew"})
    void theEligibilityReadsWhatCurriculumDocuments(String eventType) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("curriculum-service", eventType)
                .with("term", "2026-AUTUMN").with("studentSubject", "student-subject-1");

        EnrolmentReplica.Data data = EnrolmentReplica.Data.of(event(eventType, document.json()));

        assertEquals(UUID.fromString(document.text("enrolmentId")), data.enrolmentId());
        assertEquals(UUID.fromString(document.text("sectionId")), data.sectionId());
        assertEquals(UUID.fromString(document.text("schoolId")), data.schoolId());
        assertEquals(UUID.fromString(document.text("teacherProfileId")), data.teacherProfileId());
        assertEquals("2026-AUTUMN", data.term());
        assertEquals("student-subject-1", data.studentSubject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"studentSubject", "sectionId", "teacherProfileId", "term"})
    void anEnrolmentWithoutWhatEligibilityNeedsIsPoison(String missing) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("curriculum-service", "StudentEnrolled")
                .with("term", "2026-SPRING");
        EnrolmentReplica.Data.of(event("StudentEnrolled", document.json()));
        assertThrows(PoisonEventException.class, () -> EnrolmentReplica.Data.of(
                event("StudentEnrolled", document.without(missing).unchecked())));
    }

    @Test
    void theWindowRunsFromFourWeeksBeforeTheTermEndsToTwoWeeksAfter() {
        org.helix.talent.config.TalentRules.Evaluations rules = new DefaultRules();
        Term autumn = Term.of("2026-AUTUMN");
        assertEquals(LocalDate.of(2027, 1, 20), autumn.endsOn(rules));
        assertFalse(autumn.windowIncludes(LocalDate.of(2026, 12, 22), rules));
        assertTrue(autumn.windowIncludes(LocalDate.of(2026, 12, 23), rules));
        assertTrue(autumn.windowIncludes(LocalDate.of(2027, 2, 3), rules));
        assertFalse(autumn.windowIncludes(LocalDate.of(2027, 2, 4), rules));
        assertEquals(LocalDate.of(2026, 7, 15), Term.of("2026-SPRING").endsOn(rules));
        assertFalse(Term.isValid("2026-WINTER"));
    }

    private static IncomingEvent event(String type, String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "helix.curriculum." + type, "/helix/curriculum", null,
                null, null, JSON.readTree(json), "helix.curriculum.v1");
    }

    /** The documented defaults. */
    private static final class DefaultRules implements org.helix.talent.config.TalentRules.Evaluations {
        public int minResponses() {
            return 5;
        }

        public int opensDaysBeforeTermEnd() {
            return 28;
        }

        public int closesDaysAfterTermEnd() {
            return 14;
        }

        public String springEnds() {
            return "07-15";
        }

        public String autumnEnds() {
            return "01-20";
        }

        public String pseudonymKey() {
            return "test";
        }
    }
}
