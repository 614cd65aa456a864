package org.helix.curriculum.demand;

import java.util.List;
import java.util.UUID;

/**
 * One line of a school's skill gap: the live demand for a skill in a sector (people, from how many signals of which
 * organisations), what the school's ACTIVE courses teaching it cover (courses × people per course) and the gap left.
 */
public record GapLine(UUID schoolId, UUID skillId, String skillName, String sector, long demand, long signals,
        List<UUID> organisations, long courses, long coverage, long gap) {
}
