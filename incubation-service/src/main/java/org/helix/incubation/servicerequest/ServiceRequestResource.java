package org.helix.incubation.servicerequest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/incubation/service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests", description = "From a project to a provider organisation: OPEN → ACCEPTED → "
        + "COMPLETED | DECLINED, with a response deadline per kind. Seen by the project's team and school, the "
        + "provider, admin and secretariat")
@Authenticated
public class ServiceRequestResource {

    @Inject
    ServiceRequests requests;

    @POST
    @Idempotent
    @Operation(summary = "Request a service for a SCREENING or INCUBATING project from a provider (an association, "
            + "enterprise, financial institution or government office known here, else 422); it must be answered "
            + "by the kind's deadline (roles: the project's team, its school's representatives, secretariat, admin). "
            + "Honours Idempotency-Key")
    public Response request(@Valid @NotNull ServiceRequestView.Request body, @Context UriInfo uri) {
        ServiceRequest request = requests.request(body);
        return Response.created(uri.getAbsolutePathBuilder().path(request.id.toString()).build())
                .tag(etag(request)).entity(ServiceRequestView.of(request)).build();
    }

    @GET
    @Operation(summary = "List the service requests the caller may see, paged; filter by provider, project, kind, "
            + "status; sort by createdAt (default, newest first), respondBy or status (roles: any signed-in caller)")
    public Page<ServiceRequestView> list(@QueryParam("provider") UUID provider, @QueryParam("project") UUID project,
            @QueryParam("kind") ServiceRequestKind kind, @QueryParam("status") ServiceRequestStatus status,
            @Valid @BeanParam PageRequest page) {
        return requests.list(provider, project, kind, status, false, page);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "OPEN requests past their response deadline (by the service's clock), e.g. per provider, "
            + "paged; sort by respondBy (default, oldest first) (roles: any signed-in caller; only what the caller "
            + "may see)")
    public Page<ServiceRequestView> overdue(@QueryParam("provider") UUID provider,
            @QueryParam("project") UUID project, @QueryParam("kind") ServiceRequestKind kind,
            @Valid @BeanParam PageRequest page) {
        return requests.list(provider, project, kind, null, true, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One service request; its ETag is its version (roles: the project's team and school's "
            + "representatives, the provider's representatives, secretariat, admin; anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        ServiceRequest request = requests.get(id);
        return Response.ok(ServiceRequestView.of(request)).tag(etag(request)).build();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept an OPEN request with the version read (roles: the provider's representatives, "
            + "secretariat, admin)")
    public Response accept(@PathParam("id") UUID id, @Valid @NotNull ServiceRequestView.Step step) {
        ServiceRequest request = requests.accept(id, step.version());
        return Response.ok(ServiceRequestView.of(request)).tag(etag(request)).build();
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete an ACCEPTED request with its outcome: COMPLETED, announced as "
            + "ServiceRequestCompleted (roles: the provider's representatives, secretariat, admin)")
    public Response complete(@PathParam("id") UUID id, @Valid @NotNull ServiceRequestView.Completion completion) {
        ServiceRequest request = requests.complete(id, completion.outcome(), completion.version());
        return Response.ok(ServiceRequestView.of(request)).tag(etag(request)).build();
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline an OPEN or ACCEPTED request with a reason (roles: the provider's representatives, "
            + "secretariat, admin)")
    public Response decline(@PathParam("id") UUID id, @Valid @NotNull ServiceRequestView.Declination declination) {
        ServiceRequest request = requests.decline(id, declination.reason(), declination.version());
        return Response.ok(ServiceRequestView.of(request)).tag(etag(request)).build();
    }

    private static EntityTag etag(ServiceRequest request) {
        return new EntityTag(String.valueOf(request.version));
    }
}
