package org.helix.talent.practice;

import java.time.Instant;
import java.util.UUID;

/** Event: a school set its own yearly enterprise-practice target per teacher (the dashboard measures against it). */
public record PracticeTargetSet(UUID schoolId, int targetHours, long version, Instant setAt) {

    public static final String TYPE = "PracticeTargetSet";

    static PracticeTargetSet of(SchoolPracticeTarget target) {
        return new PracticeTargetSet(target.schoolId, target.targetHours, target.version, target.updatedAt);
    }
}
