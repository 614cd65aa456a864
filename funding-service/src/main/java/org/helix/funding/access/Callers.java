package org.helix.funding.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the caller is, in funding's terms. Representatives (of a funder, an applicant, a ledger's party) act for the
 * organisation in their token only. Admin sees every record; secretariat sees calls, ledgers and the audit trail,
 * but not applications and awards (DESIGN.md: "Applications — the applicant's and the funder's representatives, the
 * assigned reviewers, admin").
 */
@ApplicationScoped
public class Callers {

    @Inject
    Caller caller;

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean isAdminOrSecretariat() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.SECRETARIAT);
    }

    /** The caller's organisation if the caller represents it (a representative role and an {@code org} claim). */
    public Optional<UUID> representedOrganisation() {
        return caller.representedOrganisation();
    }

    /** Whether the caller represents one of {@code organisations} (admin and secretariat do not, by this test). */
    public boolean represents(Collection<UUID> organisations) {
        return representedOrganisation().map(organisations::contains).orElse(false);
    }

    public boolean represents(UUID organisation) {
        return represents(List.of(organisation));
    }

    /** The caller's organisation, if the caller represents one; else 403. */
    public UUID requireRepresentative(String what) {
        return caller.requireRepresentative("Only a representative of an organisation " + what);
    }

    public String subject() {
        return caller.subject();
    }

    public Optional<UUID> organisation() {
        return caller.organisationId();
    }
}
