package org.helix.incubation.training;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Entrepreneurship training events: created by admin, secretariat and schools' representatives, open to every
 * signed-in caller; anyone registers themselves once, while places are left and before the start (the place is taken
 * with a conditional update, so parallel registrations never pass the capacity).
 */
@ApplicationScoped
public class Trainings {

    public static final String RESOURCE = "TrainingEvent";
    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title");

    @Inject
    ProjectAccess access;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public TrainingEvent create(TrainingViews.NewEvent body) {
        if (!access.seesEverything() && !caller.hasRole(Roles.SCHOOL_ADMIN)) {
            throw ProjectAccess.forbidden("Admin, secretariat and schools' representatives organise training events");
        }
        Instant now = Instant.now(clock);
        if (!body.startsAt().isAfter(now) || body.startsAt().isAfter(now.plus(java.time.Duration.ofDays(5 * 366)))) {
            throw ApiProblem.invalidField("startsAt", "a training event starts in the future, within five years");
        }
        if (body.speakerProfileId() != null && ((Number) entityManager.createNativeQuery(
                "select count(*) from talent_profile where id = :id").setParameter("id", body.speakerProfileId())
                .getSingleResult()).longValue() == 0) {
            throw ApiProblem.invalidField("speakerProfileId", "no talent profile " + body.speakerProfileId()
                    + " is known (yet) to this service");
        }
        TrainingEvent event = new TrainingEvent();
        event.id = UUID.randomUUID();
        event.title = body.title().strip();
        event.kind = body.kind();
        event.description = body.description() == null ? null : body.description().strip();
        event.speakerProfileId = body.speakerProfileId();
        event.startsAt = body.startsAt();
        event.capacity = body.capacity();
        event.createdAt = Instant.now(clock);
        event.persist();
        changes.record(RESOURCE, event.id, "create", null, () -> TrainingViews.EventView.of(event));
        return event;
    }

    @Transactional
    public TrainingViews.RegistrationView register(UUID eventId) {
        TrainingEvent event = get(eventId);
        Instant now = Instant.now(clock);
        if (!event.startsAt.isAfter(now)) {
            throw ApiProblem.conflict("training-started", "Training started", "Training event " + eventId
                    + " has started; registration is closed");
        }
        String subject = caller.subject();
        if (((Number) entityManager.createNativeQuery("select count(*) from training_registration where event_id = "
                + ":event and subject = :subject").setParameter("event", eventId).setParameter("subject", subject)
                .getSingleResult()).longValue() > 0) {
            throw ApiProblem.conflict("already-registered", "Already registered", "You are registered for "
                    + eventId + " already");
        }
        int taken = entityManager.createNativeQuery("update training_event set registered = registered + 1, "
                + "version = version + 1 where id = :id and registered < capacity").setParameter("id", eventId)
                .executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("training-full", "Training full", "Training event " + eventId + " is full");
        }
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into training_registration (id, event_id, subject, registered_at) "
                        + "values (:id, :event, :subject, :now)").setParameter("id", id).setParameter("event", eventId)
                .setParameter("subject", subject).setParameter("now", now).executeUpdate();
        TrainingViews.RegistrationView registration = new TrainingViews.RegistrationView(id, eventId, subject, now);
        changes.record("TrainingRegistration", id, "register", null, () -> registration);
        return registration;
    }

    public TrainingEvent get(UUID id) {
        TrainingEvent event = TrainingEvent.findById(id);
        if (event == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return event;
    }

    public Page<TrainingViews.EventView> list(TrainingEvent.Kind kind, Boolean upcoming, PageRequest page) {
        Criteria criteria = Criteria.of().and("kind = :kind", "kind", kind);
        if (Boolean.TRUE.equals(upcoming)) {
            criteria.and("startsAt > :now", "now", Instant.now(clock));
        }
        Sort sort = page.toSort(SORTABLE, Sort.ascending("startsAt")).and("id");
        PanacheQuery<TrainingEvent> query = criteria.find(
                (where, order, params) -> TrainingEvent.find(where, order, params), sort);
        return Page.of(query, page, TrainingViews.EventView::of);
    }
}
