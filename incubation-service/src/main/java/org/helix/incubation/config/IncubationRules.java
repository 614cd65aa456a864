package org.helix.incubation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The incubation rules with numbers (DESIGN.md "Rules with numbers"), each configurable under {@code helix.incubation}. */
@ConfigMapping(prefix = "helix.incubation")
public interface IncubationRules {

    Screening screening();

    Mentors mentors();

    ResponseDays serviceRequestResponseDays();

    interface Screening {
        /** A project is admitted when the mean of its reviews is at least this (on the 1–5 rubric)... */
        @WithDefault("3.0")
        BigDecimal admissionThreshold();

        /** ...and it has at least this many reviews. */
        @WithDefault("2")
        int minReviews();

        /** The most reviewers on a project's screening panel (the school's side assigns them). */
        @WithDefault("5")
        int maxPanelSize();
    }

    interface Mentors {
        /** The most projects one mentor mentors at a time. */
        @WithDefault("5")
        int maxActiveMentees();
    }

    /** How many days a provider has to accept or decline a service request, per kind. */
    interface ResponseDays {
        @WithDefault("10")
        int training();

        @WithDefault("5")
        int businessRegistration();

        @WithDefault("7")
        int policyConsultation();

        @WithDefault("14")
        int projectDocking();

        @WithDefault("7")
        int financingAdvice();
    }
}
