package org.helix.talent.profile;

import java.util.List;
import java.util.UUID;

/** Data of ProfileRegistered and ProfileUpdated (schemas in {@code events/}); key = profile id. */
public record ProfileEvent(UUID profileId, ProfileKind kind, UUID organisationId, String personSubject,
        String displayName, String jobTitle, TitleRank titleRank, int yearsOfExperience, List<String> skills,
        long version) {

    public static final String REGISTERED = "ProfileRegistered";
    public static final String UPDATED = "ProfileUpdated";

    static ProfileEvent of(Profile profile) {
        return new ProfileEvent(profile.id, profile.kind, profile.organisationId, profile.personSubject,
                profile.displayName, profile.jobTitle, profile.titleRank, profile.yearsOfExperience,
                List.of(profile.skills), profile.version);
    }
}
