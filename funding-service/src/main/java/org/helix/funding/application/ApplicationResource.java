package org.helix.funding.application;

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
import jakarta.ws.rs.core.UriBuilder;
import org.helix.funding.award.AwardForm;
import org.helix.funding.award.AwardView;
import org.helix.funding.award.Awards;
import org.helix.funding.call.TargetKind;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.List;
import java.util.UUID;

@Path("/api/funding/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications to calls with their reviewers and reviews: SUBMITTED → "
        + "UNDER_REVIEW → AWARDED | DECLINED, SUBMITTED | UNDER_REVIEW → WITHDRAWN. Private to the applicant's and "
        + "the funder's representatives, the assigned reviewers and admin (anyone else: 404)")
@Authenticated
public class ApplicationResource {

    @Inject
    Applications applications;

    @Inject
    Awards awards;

    @POST
    @Idempotent
    @Operation(summary = "Apply to an OPEN call within its window for a target of the call's kind, for the caller's "
            + "organisation (of an eligible type): a PROJECT admitted by incubation and still incubating (by its "
            + "school), a SCHOOL, an ACTIVE appointment (by its home or host), an agreement with an open ledger (by a "
            + "party); requestedAmount ≤ the call's maxAward; otherwise 422 naming the field; a second live "
            + "application for the same call and target: 409 (roles: representatives of an organisation; others "
            + "403). Honours Idempotency-Key")
    public Response submit(@Valid @NotNull ApplicationForms.Submission form, @Context UriInfo uri) {
        ApplicationView application = applications.submit(form);
        return Response.created(uri.getAbsolutePathBuilder().path(application.id().toString()).build())
                .tag(etag(application)).entity(application).build();
    }

    @GET
    @Operation(summary = "List the applications the caller may see, paged; filter by call, status, targetKind, "
            + "target, applicant; sort by createdAt (default, newest first), status, requestedAmount, title (roles: "
            + "any signed-in caller; lists hold only applications of the caller's organisation as applicant or "
            + "funder and those the caller reviews; all for admin)")
    public Page<ApplicationView> list(@QueryParam("call") UUID call, @QueryParam("status") ApplicationStatus status,
            @QueryParam("targetKind") TargetKind targetKind, @QueryParam("target") UUID target,
            @QueryParam("applicant") UUID applicant, @Valid @BeanParam PageRequest page) {
        return applications.list(call, status, targetKind, target, applicant, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with its reviewers, review count and mean score (roles: the applicant's "
            + "and the funder's representatives, the assigned reviewers, admin; anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        ApplicationView application = applications.get(id);
        return Response.ok(application).tag(etag(application)).build();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a SUBMITTED or UNDER_REVIEW application with a reason; otherwise 409 (roles: the "
            + "applicant's representatives)")
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid @NotNull ApplicationForms.Reason reason) {
        return applications.withdraw(id, reason.reason());
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a SUBMITTED or UNDER_REVIEW application with a reason; otherwise 409 (roles: the "
            + "funder's representatives, admin)")
    public ApplicationView decline(@PathParam("id") UUID id, @Valid @NotNull ApplicationForms.Reason reason) {
        return applications.decline(id, reason.reason());
    }

    @POST
    @Path("{id}/reviewers")
    @Operation(summary = "Assign a reviewer (Keycloak subject and organisation); the application is UNDER_REVIEW. A "
            + "reviewer of the applicant's organisation: 422 conflict-of-interest; twice: 409; at most "
            + "helix.funding.reviews.max-reviewers (roles: the funder's representatives, admin)")
    public ApplicationView assignReviewer(@PathParam("id") UUID id,
            @Valid @NotNull ApplicationForms.ReviewerAssignment assignment) {
        return applications.assignReviewer(id, assignment);
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "Review an UNDER_REVIEW application: relevance, feasibility, impact, valueForMoney 1–5, "
            + "declaring conflictOfInterest (true, or a reviewer of the applicant's organisation: 422 "
            + "conflict-of-interest); once per reviewer, else 409 (roles: the assigned reviewers; others 403 or 404)")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ApplicationForms.ReviewForm form) {
        return Response.status(201).entity(applications.review(id, form)).build();
    }

    @GET
    @Path("{id}/reviews")
    @Operation(summary = "The reviews of an application with their scores (roles: whoever may see the application)")
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        return applications.reviews(id);
    }

    @POST
    @Path("{id}/award")
    @Idempotent
    @Operation(summary = "Award an UNDER_REVIEW application: amount ≤ the call's maxAward, tranches that sum to it "
            + "exactly, at least helix.funding.reviews.min-reviews reviews with a mean ≥ the call's reviewThreshold "
            + "(else 422 naming the field); the call's remaining budget must hold it (else 409 budget-exceeded, "
            + "decided with the call locked, so never over-committed). Publishes AwardGranted (roles: the funder's "
            + "representatives, admin). Honours Idempotency-Key")
    public Response grant(@PathParam("id") UUID applicationId, @Valid @NotNull AwardForm form) {
        AwardView award = awards.grant(applicationId, form);
        return Response.created(UriBuilder.fromPath("/api/funding/awards/{id}").build(award.id()))
                .tag(new EntityTag(String.valueOf(award.version()))).entity(award).build();
    }

    private static EntityTag etag(ApplicationView application) {
        return new EntityTag(String.valueOf(application.version()));
    }
}
