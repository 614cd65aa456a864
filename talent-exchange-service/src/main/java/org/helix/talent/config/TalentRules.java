package org.helix.talent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The talent rules with numbers (DESIGN.md "Rules with numbers"), each configurable under {@code helix.talent}. */
@ConfigMapping(prefix = "helix.talent")
public interface TalentRules {

    GreenChannel greenChannel();

    Limits limits();

    interface GreenChannel {
        /** An expert with at least this many years' experience qualifies (or with a senior title). */
        @WithDefault("5")
        int minYearsOfExperience();
    }

    interface Limits {
        /** The most hours per week an expert teaches across approved and active part-time appointments. */
        @WithDefault("16")
        int expertHoursPerWeek();
    }
}
