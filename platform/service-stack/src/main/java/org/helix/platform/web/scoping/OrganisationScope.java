package org.helix.platform.web.scoping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Who sees what (DESIGN.md): admin and secretariat see every organisation's private records; everyone else those of
 * their own organisation (the token's {@code org} claim). A record the caller may not see is a 404 with the body a
 * missing record gets, so its existence does not leak, and it never appears in a list.
 */
@ApplicationScoped
public class OrganisationScope {

    @Inject
    Caller caller;

    public boolean seesEverything() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.SECRETARIAT);
    }

    public Optional<UUID> organisation() {
        return caller.organisationId();
    }

    /** Whether the caller sees everything or its organisation is one of {@code organisations}. */
    public boolean includes(Collection<UUID> organisations) {
        return seesEverything() || organisation().map(organisations::contains).orElse(false);
    }

    /**
     * The list scope for this caller: {@link Scope#everything()} for admin and secretariat, {@code forOrganisation}
     * applied to the caller's organisation otherwise, {@link Scope#nothing()} for a caller without one.
     */
    public Scope of(Function<UUID, Scope> forOrganisation) {
        if (seesEverything()) {
            return Scope.everything();
        }
        return organisation().map(forOrganisation).orElse(Scope.nothing());
    }

    /**
     * The record if it exists and the caller may see it; otherwise the 404 problem a missing record gets.
     * {@code resource} and {@code id} name it in that problem exactly as {@link ApiProblem#notFound} does.
     */
    public static <T> T visible(T record, Predicate<? super T> mayView, String resource, Object id) {
        if (record == null || !mayView.test(record)) {
            throw ApiProblem.notFound(resource, id);
        }
        return record;
    }
}
