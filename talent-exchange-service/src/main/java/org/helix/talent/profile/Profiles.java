package org.helix.talent.profile;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Caller;
import org.helix.talent.access.Representatives;
import org.helix.platform.messaging.change.Changes;
import org.helix.talent.organisation.Organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers and keeps experts' and teachers' profiles. The talent pool is open to every signed-in caller; a profile is
 * registered and changed by its organisation's representative (or admin, secretariat) and changed by the person.
 */
@ApplicationScoped
public class Profiles {

    public static final String RESOURCE = "Profile";
    private static final Map<String, String> SORTABLE = Map.of("displayName", "displayName", "createdAt", "createdAt",
            "yearsOfExperience", "yearsOfExperience");

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Profile register(ProfileDetails details) {
        if (!representatives.represents(details.organisationId())) {
            throw ApiProblem.forbidden("Representatives register profiles of their own organisation only");
        }
        checkOrganisation(details);
        checkRank(details);
        if (details.personSubject() != null && Profile.count("personSubject", details.personSubject()) > 0) {
            throw ApiProblem.conflict("person-has-profile", "Person has a profile",
                    "The person " + details.personSubject() + " already has a profile");
        }
        Profile profile = new Profile();
        profile.id = UUID.randomUUID();
        profile.kind = details.kind();
        profile.organisationId = details.organisationId();
        profile.personSubject = details.personSubject();
        apply(details, profile);
        profile.createdAt = profile.updatedAt;
        profile.persist();
        changes.record(RESOURCE, profile.id, "register", null, () -> ProfileView.of(profile),
                Changes.Event.of(RESOURCE, profile.id, ProfileEvent.REGISTERED, () -> ProfileEvent.of(profile)));
        return profile;
    }

    /** Replaces what the profile says; its kind, organisation and person stay. */
    @Transactional
    public Profile change(UUID id, ProfileDetails details) {
        Profile profile = Profile.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        if (!representatives.represents(profile.organisationId) && !isThePerson(profile)) {
            throw ApiProblem.forbidden("Only the person, their organisation's representatives, admin and "
                    + "secretariat change a profile");
        }
        if (details.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (details.version() != profile.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (details.kind() != profile.kind) {
            throw ApiProblem.invalidField("kind", "stays " + profile.kind);
        }
        if (!details.organisationId().equals(profile.organisationId)) {
            throw ApiProblem.invalidField("organisationId", "stays " + profile.organisationId);
        }
        if (!Objects.equals(details.personSubject(), profile.personSubject)) {
            throw ApiProblem.invalidField("personSubject", "the person linked to a profile stays");
        }
        checkRank(details);
        ProfileView before = ProfileView.of(profile);
        apply(details, profile);
        changes.record(RESOURCE, id, "update", before, () -> ProfileView.of(profile),
                Changes.Event.of(RESOURCE, id, ProfileEvent.UPDATED, () -> ProfileEvent.of(profile)));
        return profile;
    }

    public Profile get(UUID id) {
        Profile profile = Profile.findById(id);
        if (profile == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return profile;
    }

    public Page<ProfileView> list(ProfileKind kind, UUID organisation, String skill, String person,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("kind = :kind", "kind", kind)
                .and("organisationId = :organisation", "organisation", organisation)
                .and("array_contains(skills, :skill)", "skill", skill)
                .and("personSubject = :person", "person", person);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("displayName")).and("id");
        PanacheQuery<Profile> query = criteria.find((where, order, params) -> Profile.find(where, order, params),
                sort);
        return Page.of(query, page, ProfileView::of);
    }

    public boolean isThePerson(Profile profile) {
        return profile.personSubject != null && caller.isAuthenticated()
                && profile.personSubject.equals(caller.subject());
    }

    private static void checkOrganisation(ProfileDetails details) {
        Organisation organisation = Organisation.findById(details.organisationId());
        if (organisation == null) {
            throw ApiProblem.invalidField("organisationId", "no organisation " + details.organisationId()
                    + " is known (yet) to this service");
        }
        if (organisation.type != details.kind().organisationType) {
            throw ApiProblem.invalidField("organisationId", "an " + details.kind() + " belongs to an organisation "
                    + "of type " + details.kind().organisationType + ", not " + organisation.type);
        }
    }

    private static void checkRank(ProfileDetails details) {
        if (details.titleRank().kind != details.kind()) {
            throw ApiProblem.invalidField("titleRank", details.titleRank() + " is not a title of an "
                    + details.kind());
        }
    }

    private void apply(ProfileDetails details, Profile profile) {
        profile.displayName = details.displayName().strip();
        profile.jobTitle = details.jobTitle() == null ? null : details.jobTitle().strip();
        profile.titleRank = details.titleRank();
        profile.yearsOfExperience = details.yearsOfExperience();
        profile.skills = details.skills().stream().map(String::strip).distinct().toArray(String[]::new);
        profile.updatedAt = Instant.now(clock);
    }
}
