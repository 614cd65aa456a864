package org.helix.curriculum.enrolment;

import jakarta.validation.constraints.Size;

/**
 * Who enrols: a student enrols themselves (leave {@code studentSubject} out, or send their own); a school's
 * representative names the student by Keycloak subject.
 */
public record EnrolmentRequest(@Size(min = 1, max = 200) String studentSubject) {
}
