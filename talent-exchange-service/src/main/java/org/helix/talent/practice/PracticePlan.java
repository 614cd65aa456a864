package org.helix.talent.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * A teacher's enterprise-practice plan for a year: the school's target, the hours of COMPLETED practice appointments
 * that fall in the year, the hours still planned (APPROVED or ACTIVE), progress in percent (rounded down, at most
 * 100) and the shortfall (target minus completed, not below 0).
 */
public record PracticePlan(UUID profileId, String displayName, UUID schoolId, int year, int targetHours,
        int completedHours, int plannedHours, int progressPercent, int shortfallHours) {

    public static PracticePlan of(UUID profileId, String displayName, UUID schoolId, int year, int target,
            int completed, int planned) {
        int progress = target == 0 ? 100 : (int) Math.min(100, completed * 100L / target);
        return new PracticePlan(profileId, displayName, schoolId, year, target, completed, planned, progress,
                Math.max(0, target - completed));
    }

    /** A school's target as the API shows it; {@code configuredDefault} when the school set none. */
    public record Target(UUID schoolId, int targetHours, boolean configuredDefault, Long version) {
    }

    /** A school sets its target: 0–2000 hours; {@code version} of the target read, when it has one. */
    public record TargetChange(@NotNull @Min(0) @Max(2000) Integer targetHours, Long version) {
    }
}
