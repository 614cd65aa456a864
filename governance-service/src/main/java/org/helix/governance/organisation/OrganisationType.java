package org.helix.governance.organisation;

/** The kinds of member unit of the alliance. */
public enum OrganisationType {
    GOVERNMENT,
    SCHOOL,
    ENTERPRISE,
    INDUSTRY_ASSOCIATION,
    FINANCIAL_INSTITUTION,
    SOCIAL_ORGANISATION
}
