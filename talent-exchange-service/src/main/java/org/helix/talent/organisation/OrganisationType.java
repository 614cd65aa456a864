package org.helix.talent.organisation;

/** The kinds of member unit, as governance names them in its organisation events. */
public enum OrganisationType {
    GOVERNMENT,
    SCHOOL,
    ENTERPRISE,
    INDUSTRY_ASSOCIATION,
    FINANCIAL_INSTITUTION,
    SOCIAL_ORGANISATION
}
