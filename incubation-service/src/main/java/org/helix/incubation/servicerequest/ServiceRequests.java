package org.helix.incubation.servicerequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.config.IncubationRules;
import org.helix.incubation.organisation.Organisation;
import org.helix.incubation.organisation.OrganisationType;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.Scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Service requests from a project (its team, the school's representatives, admin, secretariat) to a provider
 * organisation (an association, enterprise, financial institution or government office), which accepts, completes
 * with an outcome or declines. Seen by the project's team and school, the provider, admin and secretariat.
 */
@ApplicationScoped
public class ServiceRequests {

    public static final String RESOURCE = "ServiceRequest";
    static final Set<OrganisationType> PROVIDERS = EnumSet.of(OrganisationType.INDUSTRY_ASSOCIATION,
            OrganisationType.ENTERPRISE, OrganisationType.FINANCIAL_INSTITUTION, OrganisationType.GOVERNMENT);
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "respondBy", "respondBy",
            "status", "status");

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    Changes changes;

    @Inject
    IncubationRules rules;

    @Inject
    Clock clock;

    @Transactional
    public ServiceRequest request(ServiceRequestView.Request body) {
        Project project = projects.lock(body.projectId());
        if (!access.actsFor(project)) {
            throw ApiProblem.forbidden("The project's team, its school's representatives, admin and secretariat "
                    + "request services for it");
        }
        project.status.after(ProjectStatus.Transition.REQUEST_SERVICE);
        Organisation provider = Organisation.findById(body.providerOrganisationId());
        if (provider == null || !PROVIDERS.contains(provider.type)) {
            throw ApiProblem.invalidField("providerOrganisationId", "the provider is a known association, "
                    + "enterprise, financial institution or government office");
        }
        ServiceRequest request = new ServiceRequest();
        request.id = UUID.randomUUID();
        request.projectId = project.id;
        request.kind = body.kind();
        request.providerOrganisationId = provider.id;
        request.description = body.description().strip();
        request.status = ServiceRequestStatus.OPEN;
        Instant now = Instant.now(clock);
        request.respondBy = now.plus(Duration.ofDays(responseDays(body.kind())));
        request.requestedBy = access.subject();
        request.createdAt = now;
        request.updatedAt = now;
        request.persist();
        changes.record(RESOURCE, request.id, "request", null, () -> ServiceRequestView.of(request));
        return request;
    }

    @Transactional
    public ServiceRequest accept(UUID id, long version) {
        ServiceRequest request = lockForProvider(id, version);
        ServiceRequestView before = ServiceRequestView.of(request);
        request.status = request.status.after(ServiceRequestStatus.Transition.ACCEPT);
        Instant now = Instant.now(clock);
        request.respondedAt = now;
        request.updatedAt = now;
        changes.record(RESOURCE, id, "accept", before, () -> ServiceRequestView.of(request));
        return request;
    }

    @Transactional
    public ServiceRequest complete(UUID id, String outcome, long version) {
        ServiceRequest request = lockForProvider(id, version);
        ServiceRequestView before = ServiceRequestView.of(request);
        request.status = request.status.after(ServiceRequestStatus.Transition.COMPLETE);
        Instant now = Instant.now(clock);
        request.completedAt = now;
        request.outcome = outcome.strip();
        request.updatedAt = now;
        changes.record(RESOURCE, id, "complete", before, () -> ServiceRequestView.of(request),
                Changes.Event.of(RESOURCE, id, ServiceRequestCompleted.TYPE,
                        () -> ServiceRequestCompleted.of(request)));
        return request;
    }

    @Transactional
    public ServiceRequest decline(UUID id, String reason, long version) {
        ServiceRequest request = lockForProvider(id, version);
        ServiceRequestView before = ServiceRequestView.of(request);
        request.status = request.status.after(ServiceRequestStatus.Transition.DECLINE);
        Instant now = Instant.now(clock);
        if (request.respondedAt == null) {
            request.respondedAt = now;
        }
        request.declineReason = reason.strip();
        request.updatedAt = now;
        changes.record(RESOURCE, id, "decline", before, () -> ServiceRequestView.of(request));
        return request;
    }

    public ServiceRequest get(UUID id) {
        ServiceRequest request = ServiceRequest.findById(id);
        if (request == null || !maySee(request)) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return request;
    }

    /** The requests the caller may see; {@code overdue} keeps the OPEN ones past their response deadline. */
    public Page<ServiceRequestView> list(UUID provider, UUID project, ServiceRequestKind kind,
            ServiceRequestStatus status, boolean overdue, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("providerOrganisationId = :provider", "provider", provider)
                .and("projectId = :project", "project", project)
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status)
                .and(visibleToCaller());
        if (overdue) {
            criteria.and("status = :open and respondBy < :now", "open", ServiceRequestStatus.OPEN);
            criteria.parameters().and("now", Instant.now(clock));
        }
        Sort sort = page.toSort(SORTABLE, overdue ? Sort.ascending("respondBy") : Sort.descending("createdAt"))
                .and("id");
        PanacheQuery<ServiceRequest> query = criteria.find(
                (where, order, params) -> ServiceRequest.find(where, order, params), sort);
        return Page.of(query, page, ServiceRequestView::of);
    }

    int responseDays(ServiceRequestKind kind) {
        IncubationRules.ResponseDays days = rules.serviceRequestResponseDays();
        return switch (kind) {
            case TRAINING -> days.training();
            case BUSINESS_REGISTRATION -> days.businessRegistration();
            case POLICY_CONSULTATION -> days.policyConsultation();
            case PROJECT_DOCKING -> days.projectDocking();
            case FINANCING_ADVICE -> days.financingAdvice();
        };
    }

    private boolean maySee(ServiceRequest request) {
        if (access.represents(request.providerOrganisationId)) {
            return true;
        }
        Project project = Project.findById(request.projectId);
        return project != null && access.actsFor(project);
    }

    private Scope visibleToCaller() {
        if (access.seesEverything()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        access.representedOrganisation().ifPresent(org -> {
            conditions.add("providerOrganisationId = :viewerOrganisation or projectId in (select p.id from Project p "
                    + "where p.schoolId = :viewerOrganisation)");
            parameters.put("viewerOrganisation", org);
        });
        if (access.subject() != null) {
            conditions.add("projectId in (select p.id from Project p where p.teamLeadSubject = :viewer or :viewer "
                    + "member of p.members)");
            parameters.put("viewer", access.subject());
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    private ServiceRequest lockForProvider(UUID id, long version) {
        ServiceRequest request = ServiceRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !maySee(request)) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        if (!access.represents(request.providerOrganisationId)) {
            throw ApiProblem.forbidden("Only the provider organisation's representatives, admin and secretariat "
                    + "answer a service request");
        }
        if (version != request.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        return request;
    }
}
