package org.helix.curriculum.course;

public enum CourseType {
    CORE, PRACTICAL, ENTREPRENEURSHIP, EMPLOYMENT_GUIDANCE, ELECTIVE
}
