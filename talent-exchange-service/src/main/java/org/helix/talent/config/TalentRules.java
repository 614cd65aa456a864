package org.helix.talent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The talent rules with numbers (DESIGN.md "Rules with numbers"), each configurable under {@code helix.talent}. */
@ConfigMapping(prefix = "helix.talent")
public interface TalentRules {

    GreenChannel greenChannel();

    Limits limits();

    Evaluations evaluations();

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

    interface Evaluations {
        /** A section's results are published once it has at least this many responses. */
        @WithDefault("5")
        int minResponses();

        /** The window opens this many days before the term ends (the last four weeks of the term)... */
        @WithDefault("28")
        int opensDaysBeforeTermEnd();

        /** ...and closes this many days after it ends (that day included). */
        @WithDefault("14")
        int closesDaysAfterTermEnd();

        /** When a {@code YYYY-SPRING} term ends in its year ({@code MM-DD}). */
        @WithDefault("07-15")
        String springEnds();

        /** When a {@code YYYY-AUTUMN} term ends, in the year after ({@code MM-DD}). */
        @WithDefault("01-20")
        String autumnEnds();

        /**
         * The key of the keyed hash that names a student in the eligibility table instead of their subject. Set a
         * secret of your own in production (env {@code HELIX_TALENT_EVALUATIONS_PSEUDONYM_KEY}).
         */
        @WithDefault("local-demo-pseudonym-key-change-me")
        String pseudonymKey();
    }
}
