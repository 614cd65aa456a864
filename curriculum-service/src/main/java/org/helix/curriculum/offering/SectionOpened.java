package org.helix.curriculum.offering;

import java.util.UUID;

/** Data of SectionOpened (schema {@code events/SectionOpened.schema.json}); key = section id. */
public record SectionOpened(UUID sectionId, UUID offeringId, UUID courseId, String courseCode, String courseTitle,
        UUID schoolId, String term, String label, UUID teacherProfileId, int capacity) {

    public static final String TYPE = "SectionOpened";

    static SectionOpened of(Section s) {
        return new SectionOpened(s.id, s.offeringId, s.courseId, s.courseCode, s.courseTitle, s.schoolId, s.term,
                s.label, s.teacherProfileId, s.capacity);
    }
}
