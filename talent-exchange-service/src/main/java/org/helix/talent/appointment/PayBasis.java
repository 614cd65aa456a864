package org.helix.talent.appointment;

/** How a pay line's amount is meant: per month, per hour taught or practised, or once for the whole appointment. */
public enum PayBasis {
    MONTHLY, HOURLY, LUMP_SUM
}
