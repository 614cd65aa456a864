package org.helix.talent.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.util.Set;
import java.util.UUID;

/**
 * Who may evaluate which section, from curriculum's StudentEnrolled and StudentWithdrew (in order per section). The
 * student's subject is turned into a {@link StudentPseudonym} at once and never stored, logged or shown.
 */
@ApplicationScoped
public class EnrolmentReplica implements EventHandler {

    public static final String ENROLLED = "helix.curriculum.StudentEnrolled";
    public static final String WITHDREW = "helix.curriculum.StudentWithdrew";

    /** This service's view of curriculum's enrolment events; fields it does not read are ignored. */
    public record Data(UUID enrolmentId, UUID sectionId, UUID schoolId, String term, UUID teacherProfileId,
            String studentSubject) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            String term = data.requiredText("term");
            if (!Term.isValid(term)) {
                throw data.poison("term is not YYYY-SPRING or YYYY-AUTUMN");
            }
            String student = data.requiredText("studentSubject");
            if (student.length() > 200) {
                throw data.poison("studentSubject is longer than 200 characters");
            }
            return new Data(data.requiredUuid("enrolmentId"), data.requiredUuid("sectionId"),
                    data.requiredUuid("schoolId"), term, data.requiredUuid("teacherProfileId"), student);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    StudentPseudonym pseudonym;

    @Override
    public Set<String> types() {
        return Set.of(ENROLLED, WITHDREW);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        boolean withdrawn = WITHDREW.equals(event.type());
        entityManager.createNativeQuery("insert into evaluation_eligibility (section_id, student_key, school_id, term, "
                        + "teacher_profile_id, withdrawn, evaluated) values (:section, :student, :school, :term, "
                        + ":teacher, :withdrawn, false) on conflict (section_id, student_key) do update set "
                        + "withdrawn = excluded.withdrawn, teacher_profile_id = excluded.teacher_profile_id, "
                        + "term = excluded.term, school_id = excluded.school_id")
                .setParameter("section", data.sectionId())
                .setParameter("student", pseudonym.of(data.studentSubject()))
                .setParameter("school", data.schoolId())
                .setParameter("term", data.term())
                .setParameter("teacher", data.teacherProfileId())
                .setParameter("withdrawn", withdrawn)
                .executeUpdate();
    }
}
