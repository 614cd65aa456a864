package org.helix.governance.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Registers and changes organisations; every change leaves as an event through the outbox. */
@ApplicationScoped
public class OrganisationRegistry {

    static final String AGGREGATE = "Organisation";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "type",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Organisation register(OrganisationDetails details) {
        UUID id = details.id() != null ? details.id() : UUID.randomUUID();
        if (Organisation.findById(id) != null) {
            throw ApiProblem.conflict("already-exists", "Already exists", "Organisation " + id + " already exists");
        }
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.name = details.name().strip();
        organisation.type = details.type();
        organisation.region = details.region();
        organisation.contactEmail = details.contactEmail();
        organisation.website = details.website();
        organisation.createdAt = Instant.now(clock);
        organisation.updatedAt = organisation.createdAt;
        organisation.persist();
        // a concurrent registration of the same id fails the flush on the primary key: a 409 (platform mappers)
        changes.record(AGGREGATE, id, "register", null, () -> OrganisationView.of(organisation),
                Changes.Event.of(AGGREGATE, id, OrganisationEvent.REGISTERED, () -> OrganisationEvent.of(organisation)));
        return organisation;
    }

    @Transactional
    public Organisation change(UUID id, OrganisationChange change) {
        Organisation organisation = get(id);
        if (organisation.version != change.version()) {
            throw ApiProblem.staleVersion(AGGREGATE, id);
        }
        OrganisationView before = OrganisationView.of(organisation);
        organisation.name = change.name().strip();
        organisation.type = change.type();
        organisation.region = change.region();
        organisation.contactEmail = change.contactEmail();
        organisation.website = change.website();
        organisation.updatedAt = Instant.now(clock);
        // the flush checks the version against the database and increments it; the event carries the new one
        changes.record(AGGREGATE, id, "update", before, () -> OrganisationView.of(organisation),
                Changes.Event.of(AGGREGATE, id, OrganisationEvent.UPDATED, () -> OrganisationEvent.of(organisation)));
        return organisation;
    }

    public Organisation get(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ApiProblem.notFound(AGGREGATE, id);
        }
        return organisation;
    }

    public Page<OrganisationView> list(OrganisationType type, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        PanacheQuery<Organisation> query = type == null ? Organisation.findAll(sort)
                : Organisation.find("type = :type", sort, Parameters.with("type", type));
        return Page.of(query, page, OrganisationView::of);
    }
}
