package org.helix.governance.agreement;

import jakarta.annotation.security.RolesAllowed;
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
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Cooperation agreements with risk-share and benefit-share terms: "
        + "DRAFT → SIGNED (every party signed) → ACTIVE (from the start date) → TERMINATED")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
        Roles.FUNDER, Roles.GOV_OFFICER})
public class AgreementResource {

    @Inject
    Agreements agreements;

    @POST
    @Idempotent
    @Operation(summary = "Draft an agreement (roles: secretariat, admin, or a representative — school-admin, "
            + "enterprise-rep, association-rep, funder, gov-officer — whose organisation is one of the parties). "
            + "Each kind of share sums to exactly 100.00 with at most two decimals, a SCHOOL_ENTERPRISE agreement "
            + "has a SCHOOL and an ENTERPRISE party; otherwise 422 naming the field. Honours Idempotency-Key")
    public Response draft(@Valid @NotNull AgreementTerms terms, @Context UriInfo uri) {
        Agreement agreement = agreements.draft(terms);
        return Response.created(uri.getAbsolutePathBuilder().path(agreement.id.toString()).build())
                .tag(etag(agreement)).entity(AgreementView.of(agreement)).build();
    }

    @GET
    @Operation(summary = "List agreements, paged; filter by status, party (organisation id), kind, committee; sort by "
            + "createdAt (default, newest first), title, startDate or status (roles: secretariat, admin, "
            + "representatives)")
    public Page<AgreementView> list(@QueryParam("status") AgreementStatus status, @QueryParam("party") UUID party,
            @QueryParam("kind") AgreementKind kind, @QueryParam("committee") UUID committee,
            @Valid @BeanParam PageRequest page) {
        return agreements.list(status, party, kind, committee, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agreement with its parties and signatures; its ETag is its version (roles: "
            + "secretariat, admin, representatives)")
    public Response get(@PathParam("id") UUID id) {
        Agreement agreement = agreements.get(id);
        return Response.ok(AgreementView.of(agreement)).tag(etag(agreement)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a DRAFT agreement's terms, sending the version read in the body (and optionally as "
            + "If-Match); clears every signature given so far. Stale version or not a draft: 409 (roles: "
            + "secretariat, admin, or a representative of a party that stays a party)")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull AgreementTerms terms,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, terms.version(), Agreements.RESOURCE, id);
        Agreement agreement = agreements.change(id, terms);
        return Response.ok(AgreementView.of(agreement)).tag(etag(agreement)).build();
    }

    @POST
    @Path("{id}/signatures")
    @Idempotent
    @Operation(summary = "Sign for the caller's own organisation, which must be a party (403 otherwise); signing "
            + "twice or when not a DRAFT is a 409. The last signature makes it SIGNED, and ACTIVE at once if its start "
            + "date has come (roles: representatives, secretariat, admin — always for their own organisation). "
            + "Honours Idempotency-Key")
    public Response sign(@PathParam("id") UUID id) {
        Agreement agreement = agreements.sign(id);
        return Response.ok(AgreementView.of(agreement)).tag(etag(agreement)).build();
    }

    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Terminate a SIGNED or ACTIVE agreement with a reason (required); otherwise 409 (roles: "
            + "secretariat, admin, or a representative of a party)")
    public Response terminate(@PathParam("id") UUID id, @Valid @NotNull AgreementTerms.Termination termination) {
        Agreement agreement = agreements.terminate(id, termination.reason());
        return Response.ok(AgreementView.of(agreement)).tag(etag(agreement)).build();
    }

    private static EntityTag etag(Agreement agreement) {
        return new EntityTag(String.valueOf(agreement.version));
    }
}
