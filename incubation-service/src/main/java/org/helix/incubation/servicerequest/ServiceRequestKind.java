package org.helix.incubation.servicerequest;

/** What a project asks a provider organisation for. */
public enum ServiceRequestKind {
    TRAINING, BUSINESS_REGISTRATION, POLICY_CONSULTATION, PROJECT_DOCKING, FINANCING_ADVICE
}
