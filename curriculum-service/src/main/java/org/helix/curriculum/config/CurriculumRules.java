package org.helix.curriculum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The curriculum rules with numbers, each configurable under {@code helix.curriculum}. */
@ConfigMapping(prefix = "helix.curriculum")
public interface CurriculumRules {

    Sections sections();

    Gaps gaps();

    interface Sections {
        /** The most seats one section may offer. */
        @WithDefault("200")
        int maxCapacity();
    }

    interface Gaps {
        /** A school's gap in one skill at or above this many people is announced (SkillGapDetected). */
        @WithDefault("20")
        int threshold();

        /** How many people one published course teaching a skill counts for against the demand for it. */
        @WithDefault("30")
        int peoplePerCourse();
    }
}
