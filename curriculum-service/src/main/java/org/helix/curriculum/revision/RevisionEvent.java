package org.helix.curriculum.revision;

import java.util.UUID;

/** Data of RevisionOpened and RevisionPublished (schemas in {@code events/}); key = revision id. */
public record RevisionEvent(UUID revisionId, UUID schoolId, UUID courseId, UUID programmeId, UUID resolutionId,
        RevisionChange change, String subject, Integer courseVersion) {

    public static final String OPENED = "RevisionOpened";
    public static final String PUBLISHED = "RevisionPublished";

    static RevisionEvent of(Revision r) {
        return new RevisionEvent(r.id, r.schoolId, r.courseId, r.programmeId, r.resolutionId, r.change, r.subject,
                r.publishedVersion);
    }
}
