package org.helix.funding.organisation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.problem.ApiProblem;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import io.quarkus.panache.common.Sort;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.scoping.Criteria;

import java.util.Map;
import java.util.UUID;

@Path("/api/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Member units as this service knows them (replicated from governance)")
public class OrganisationResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "type");

    /** Roles: any authenticated caller. A funder is any organisation but a school. */
    @GET
    @Path("/funders")
    @Authenticated
    @Operation(summary = "List the organisations that may fund (GOVERNMENT, FINANCIAL_INSTITUTION, "
            + "INDUSTRY_ASSOCIATION, SOCIAL_ORGANISATION, ENTERPRISE), paged; filter by type; sort by name (default), "
            + "type (roles: any signed-in caller)")
    public Page<OrganisationView> funders(@QueryParam("type") OrganisationType type,
            @Valid @BeanParam PageRequest page) {
        Criteria criteria = Criteria.of().and("type = :type", "type", type)
                .and("type <> :school", "school", OrganisationType.SCHOOL);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        return Page.of(criteria.find((where, order, params) -> Organisation.find(where, order, params), sort), page,
                OrganisationView::of);
    }

    /** Roles: any authenticated caller; organisations are reference data every party may read. */
    @GET
    @Path("/organisations/{id}")
    @Authenticated
    @Operation(summary = "Get an organisation", description = "The replica of a governance organisation. "
            + "Roles: any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation (or not replicated yet)")
    public OrganisationView get(@PathParam("id") UUID id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::of)
                .orElseThrow(() -> ApiProblem.notFound("Organisation", id));
    }
}
