package org.helix.platform.messaging.sample;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.helix.platform.web.security.Caller;

import java.util.Map;
import java.util.UUID;

/** Which organisation the caller acts for, as every service asks it ({@link Caller#requireRepresentative}). */
@Path("/api/sample/represented-organisation")
@Authenticated
public class RepresentationResource {

    @Inject
    Caller caller;

    @GET
    public Map<String, UUID> represented() {
        return Map.of("organisationId", caller.requireRepresentative("Only representatives of an organisation may "
                + "ask this"));
    }

    @GET
    @Path("if-any")
    public Map<String, Object> representedIfAny() {
        return Map.of("represents", caller.representedOrganisation().map(UUID::toString).orElse("nobody"));
    }
}
