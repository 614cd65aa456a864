package org.helix.curriculum.course;

/** A course is taught while ACTIVE; a published RETIRE revision ends it (its versions stay readable). */
public enum CourseStatus {
    ACTIVE, RETIRED
}
