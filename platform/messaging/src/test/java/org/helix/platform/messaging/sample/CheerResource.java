package org.helix.platform.messaging.sample;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** A request that starts a chain of work: the sample's only endpoint of its own. */
@Path("/api/sample/venues/{venueId}/cheers")
@PermitAll
public class CheerResource {

    @Inject
    Cheers cheers;

    @POST
    public void raise(@PathParam("venueId") UUID venueId) {
        cheers.raise(venueId, "requested");
    }
}
