package org.helix.platform.web.security;

import java.util.List;

/** The realm roles of the {@code helix} Keycloak realm. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SECRETARIAT = "secretariat";
    public static final String GOV_OFFICER = "gov-officer";
    public static final String SCHOOL_ADMIN = "school-admin";
    public static final String ENTERPRISE_REP = "enterprise-rep";
    public static final String ASSOCIATION_REP = "association-rep";
    public static final String FUNDER = "funder";
    public static final String TEACHER = "teacher";
    public static final String EXPERT = "expert";
    public static final String STUDENT = "student";

    /**
     * The roles that act for the organisation in their token's {@code org} claim (DESIGN.md "Who sees what"): they
     * propose, sign, apply and approve on its behalf.
     */
    public static final List<String> REPRESENTATIVES = List.of(SCHOOL_ADMIN, ENTERPRISE_REP, ASSOCIATION_REP, FUNDER,
            GOV_OFFICER);

    private Roles() {
    }
}
