package org.helix.incubation.training;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Entrepreneurship training events: created by admin, secretariat and schools' representatives, open to every
 * signed-in caller; anyone registers themselves once, while places are left and before the start (the place is taken
 * with a conditional update, so parallel registrations never pass the capacity), and cancels before the start (the
 * registration row is locked and its place given back once, so parallel cancels and registrations keep the count
 * equal to the registrations held). A registration is seen by its participant, the event's organiser (the creator and
 * their organisation's representatives), admin and secretariat; to anyone else it does not exist.
 */
@ApplicationScoped
public class Trainings {

    public static final String RESOURCE = "TrainingEvent";
    public static final String REGISTRATION = "TrainingRegistration";
    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title");
    private static final Map<String, String> REGISTRATIONS_SORTABLE = Map.of("registeredAt", "registeredAt");

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
            throw ApiProblem.forbidden("Admin, secretariat and schools' representatives organise training events");
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
        event.organiserSubject = caller.subject();
        event.organiserOrganisationId = caller.organisationId().orElse(null);
        event.createdAt = Instant.now(clock);
        event.persist();
        changes.record(RESOURCE, event.id, "create", null, () -> TrainingViews.EventView.of(event));
        return event;
    }

    @Transactional
    public TrainingViews.RegistrationView register(UUID eventId) {
        TrainingEvent event = get(eventId);
        Instant now = Instant.now(clock);
        requireNotStarted(event, now, "registration");
        String subject = caller.subject();
        if (TrainingRegistration.count("eventId = ?1 and subject = ?2 and status = ?3", eventId, subject,
                TrainingRegistration.Status.REGISTERED) > 0) {
            throw ApiProblem.conflict("already-registered", "Already registered", "You are registered for "
                    + eventId + " already");
        }
        int taken = entityManager.createNativeQuery("update training_event set registered = registered + 1, "
                + "version = version + 1 where id = :id and registered < capacity").setParameter("id", eventId)
                .executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("training-full", "Training full", "Training event " + eventId + " is full");
        }
        TrainingRegistration registration = new TrainingRegistration();
        registration.id = UUID.randomUUID();
        registration.eventId = eventId;
        registration.subject = subject;
        registration.status = TrainingRegistration.Status.REGISTERED;
        registration.registeredAt = now;
        registration.persist();
        return changes.record(REGISTRATION, registration.id, "register", null,
                () -> TrainingViews.RegistrationView.of(registration, event));
    }

    /** The participant (or the organiser, admin, secretariat) cancels before the start; the place goes back. */
    @Transactional
    public TrainingViews.RegistrationView cancel(UUID eventId, UUID registrationId) {
        // the event row first, as a registration takes it first: cancels and registrations of an event queue up
        // there and never wait on each other in the opposite order
        TrainingEvent event = TrainingEvent.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ApiProblem.notFound(RESOURCE, eventId);
        }
        TrainingRegistration registration = TrainingRegistration.findById(registrationId);
        if (registration == null || !registration.eventId.equals(eventId)
                || !(registration.subject.equals(caller.subject()) || organises(event))) {
            throw ApiProblem.notFound(REGISTRATION, registrationId);
        }
        Instant now = Instant.now(clock);
        TrainingViews.RegistrationView before = TrainingViews.RegistrationView.of(registration, event);
        registration.status = registration.status.after(TrainingRegistration.Status.Transition.CANCEL);
        requireNotStarted(event, now, "cancelling");
        registration.cancelledAt = now;
        entityManager.flush();
        entityManager.createNativeQuery("update training_event set registered = registered - 1, "
                + "version = version + 1 where id = :id").setParameter("id", eventId).executeUpdate();
        return changes.record(REGISTRATION, registrationId, "cancel", before,
                () -> TrainingViews.RegistrationView.of(registration, event));
    }

    /** The caller's own registrations, newest first; filter by status and upcoming=true (events not started). */
    public Page<TrainingViews.RegistrationView> mine(TrainingRegistration.Status status, Boolean upcoming,
            PageRequest page) {
        Criteria criteria = Criteria.of().and("subject = :subject", "subject", caller.subject())
                .and("status = :status", "status", status);
        if (Boolean.TRUE.equals(upcoming)) {
            criteria.and("eventId in (select e.id from TrainingEvent e where e.startsAt > :now)", "now",
                    Instant.now(clock));
        }
        return registrations(criteria, page, Sort.descending("registeredAt"));
    }

    /** An event's registrations, first come first; for its organiser, admin and secretariat (else 403). */
    public Page<TrainingViews.RegistrationView> ofEvent(UUID eventId, TrainingRegistration.Status status,
            PageRequest page) {
        TrainingEvent event = get(eventId);
        if (!organises(event)) {
            throw ApiProblem.forbidden("The event's organiser, admin and secretariat list its registrations");
        }
        Criteria criteria = Criteria.of().and("eventId = :event", "event", eventId)
                .and("status = :status", "status", status);
        return registrations(criteria, page, Sort.ascending("registeredAt"));
    }

    /** admin, secretariat, the event's creator, or a representative of the creator's organisation. */
    private boolean organises(TrainingEvent event) {
        return access.seesEverything() || (event.organiserSubject != null
                && event.organiserSubject.equals(caller.subject()))
                || (event.organiserOrganisationId != null && access.representedOrganisation()
                .map(event.organiserOrganisationId::equals).orElse(false));
    }

    private Page<TrainingViews.RegistrationView> registrations(Criteria criteria, PageRequest page,
            Sort defaultSort) {
        Sort sort = page.toSort(REGISTRATIONS_SORTABLE, defaultSort).and("id");
        PanacheQuery<TrainingRegistration> query = criteria.find(
                (where, order, params) -> TrainingRegistration.find(where, order, params), sort);
        PanacheQuery<TrainingRegistration> paged = query.page(io.quarkus.panache.common.Page.of(page.page,
                page.size));
        List<TrainingRegistration> items = paged.list();
        long total = paged.count();
        // the events of a page in one statement
        Map<UUID, TrainingEvent> events = items.isEmpty() ? Map.of()
                : TrainingEvent.<TrainingEvent>list("id in ?1", items.stream().map(r -> r.eventId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return Page.of(items.stream().map(r -> TrainingViews.RegistrationView.of(r, events.get(r.eventId)))
                .toList(), page, total);
    }

    private static void requireNotStarted(TrainingEvent event, Instant now, String what) {
        if (!event.startsAt.isAfter(now)) {
            throw ApiProblem.conflict("training-started", "Training started", "Training event " + event.id
                    + " has started; " + what + " is closed");
        }
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
