package org.helix.talent.profile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A profile as the API shows it. */
public record ProfileView(UUID id, ProfileKind kind, UUID organisationId, String personSubject, String displayName,
        String jobTitle, TitleRank titleRank, int yearsOfExperience, List<String> skills, long version,
        Instant createdAt, Instant updatedAt) {

    public static ProfileView of(Profile profile) {
        return new ProfileView(profile.id, profile.kind, profile.organisationId, profile.personSubject,
                profile.displayName, profile.jobTitle, profile.titleRank, profile.yearsOfExperience,
                List.of(profile.skills), profile.version, profile.createdAt, profile.updatedAt);
    }
}
