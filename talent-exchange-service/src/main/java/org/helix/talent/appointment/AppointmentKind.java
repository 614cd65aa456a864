package org.helix.talent.appointment;

import org.helix.talent.organisation.OrganisationType;
import org.helix.talent.profile.ProfileKind;

/** The two directions of the exchange: an expert teaches part-time at a school; a teacher practises in an enterprise. */
public enum AppointmentKind {
    PART_TIME_TEACHING(ProfileKind.EXPERT, OrganisationType.SCHOOL),
    ENTERPRISE_PRACTICE(ProfileKind.TEACHER, OrganisationType.ENTERPRISE);

    /** Who is appointed. */
    public final ProfileKind person;
    /** Where to. */
    public final OrganisationType host;

    AppointmentKind(ProfileKind person, OrganisationType host) {
        this.person = person;
        this.host = host;
    }
}
