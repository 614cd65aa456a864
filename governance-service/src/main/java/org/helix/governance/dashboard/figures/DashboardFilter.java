package org.helix.governance.dashboard.figures;

import org.helix.governance.organisation.OrganisationType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the figures are narrowed to: a period (both ends included), and optionally the organisations of a committee's
 * tree (the committee, or every committee of an industry, with the committees below them) and of one type.
 */
public record DashboardFilter(LocalDate from, LocalDate to, UUID committeeId, String industry,
        OrganisationType organisationType) {

    boolean narrowsOrganisations() {
        return committeeId != null || industry != null || organisationType != null;
    }

    boolean narrowsCommittees() {
        return committeeId != null || industry != null;
    }
}
