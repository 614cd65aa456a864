package org.helix.platform.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.helix.platform.web.problem.ApiProblem;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling: the token's subject, client ({@code azp}), realm roles and organisation ({@code org} claim).
 * The token itself was already validated by quarkus-oidc (issuer, signature, expiry, audience).
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return token.getSubject();
    }

    public String clientId() {
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getClaim("client_id");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public Optional<UUID> organisationId() {
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The caller's organisation, or a 403 problem if its token carries none. */
    public UUID requireOrganisation() {
        return organisationId().orElseThrow(() -> new ApiProblem(403, "no-organisation", "Forbidden",
                "Your token carries no organisation (claim 'org')", java.util.List.of()));
    }

    /** The caller's organisation if the caller represents it: a {@link Roles#REPRESENTATIVES} role and an org claim. */
    public Optional<UUID> representedOrganisation() {
        return Roles.REPRESENTATIVES.stream().anyMatch(identity::hasRole) ? organisationId() : Optional.empty();
    }

    /** The organisation the caller represents; a 403 with {@code detail} for a caller in no representative role. */
    public UUID requireRepresentative(String detail) {
        if (Roles.REPRESENTATIVES.stream().noneMatch(identity::hasRole)) {
            throw ApiProblem.forbidden(detail);
        }
        return requireOrganisation();
    }

    /** Subject and client together: what an audit record or an idempotency scope should name. */
    public String principalName() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
