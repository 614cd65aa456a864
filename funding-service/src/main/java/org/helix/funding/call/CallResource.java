package org.helix.funding.call;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;

import java.util.UUID;

@Path("/api/funding/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Funders' calls for applications: budget, kind of money, eligibility, window, "
        + "largest award, review threshold; OPEN → CLOSED. remaining = budget − committed − released")
@Authenticated
public class CallResource {

    @Inject
    Calls calls;

    @POST
    @Idempotent
    @Operation(summary = "Open a call for a funder organisation (not a SCHOOL); a LOAN carries loanRatePercent and "
            + "loanTermMonths; maxAward ≤ budget, closesOn ≥ opensOn, else 422 naming the field (roles: a "
            + "representative of the funder, admin; others 403). Honours Idempotency-Key")
    public Response open(@Valid @NotNull CallTerms terms, @Context UriInfo uri) {
        CallView call = calls.open(terms);
        return Response.created(uri.getAbsolutePathBuilder().path(call.id().toString()).build())
                .tag(etag(call)).entity(call).build();
    }

    @GET
    @Operation(summary = "List calls, paged; filter by status, funder, targetKind, moneyKind, openNow=true (OPEN and "
            + "today within its window); sort by createdAt (default, newest first), closesOn, title, budget (roles: "
            + "any signed-in caller)")
    public Page<CallView> list(@QueryParam("status") CallStatus status, @QueryParam("funder") UUID funder,
            @QueryParam("targetKind") TargetKind targetKind, @QueryParam("moneyKind") MoneyKind moneyKind,
            @QueryParam("openNow") Boolean openNow, @Valid @BeanParam PageRequest page) {
        return calls.list(status, funder, targetKind, moneyKind, openNow, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call with its money and the governance recommendations naming it; its ETag is its "
            + "version (roles: any signed-in caller)")
    public Response get(@PathParam("id") UUID id) {
        CallView call = calls.get(id);
        return Response.ok(call).tag(etag(call)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an OPEN call's title, description, budget (not below committed + released), "
            + "closesOn and maxAward, sending the version read (body, optionally If-Match); stale: 409 (roles: a "
            + "representative of the funder, admin)")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull CallTerms.Change change,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, change.version(), Calls.RESOURCE, id);
        CallView call = calls.change(id, change);
        return Response.ok(call).tag(etag(call)).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an OPEN call: no more applications; awards on applications already in review may "
            + "still be granted within its budget; twice: 409 (roles: a representative of the funder, admin)")
    public Response close(@PathParam("id") UUID id) {
        CallView call = calls.close(id);
        return Response.ok(call).tag(etag(call)).build();
    }

    private static EntityTag etag(CallView call) {
        return new EntityTag(String.valueOf(call.version()));
    }
}
