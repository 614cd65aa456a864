package org.helix.talent.profile;

import org.helix.talent.organisation.OrganisationType;

/** An expert is enterprise technical staff; a teacher teaches at a school. */
public enum ProfileKind {
    EXPERT(OrganisationType.ENTERPRISE),
    TEACHER(OrganisationType.SCHOOL);

    /** The type of organisation a person of this kind belongs to. */
    public final OrganisationType organisationType;

    ProfileKind(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }
}
