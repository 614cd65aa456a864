package org.helix.funding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The funding rules with numbers (DESIGN.md "Rules with numbers"), each configurable under {@code helix.funding}. */
@ConfigMapping(prefix = "helix.funding")
public interface FundingRules {

    Reviews reviews();

    Ledger ledger();

    interface Reviews {
        /** An application is awarded only with at least this many reviews... */
        @WithDefault("2")
        int minReviews();

        /** ...whose mean score is at least the call's threshold; this is the threshold a call gets by default. */
        @WithDefault("3.00")
        BigDecimal defaultThreshold();

        /** The most reviewers assigned to one application. */
        @WithDefault("10")
        int maxReviewers();
    }

    interface Ledger {
        /** The currency of a ledger opened from a signed agreement (agreements carry no currency). */
        @WithDefault("CNY")
        String currency();
    }
}
