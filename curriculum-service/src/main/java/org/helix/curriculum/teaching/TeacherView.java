package org.helix.curriculum.teaching;

import java.util.List;
import java.util.UUID;

/** A talent profile as curriculum sees it: where the person may be assigned to sections now. */
public record TeacherView(UUID id, String kind, UUID organisationId, String displayName, List<UUID> mayTeachAt) {
}
