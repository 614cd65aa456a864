package org.helix.incubation.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.incubation.mentor.Mentors;
import org.helix.incubation.park.Park;

/** What a project holds while incubating and gives back when it graduates or is discontinued. */
@ApplicationScoped
public class ProjectEndings {

    @Inject
    Mentors mentors;

    @Inject
    Park park;

    void releaseEverythingOf(Project project) {
        mentors.releaseAllOf(project);
        park.releaseAllOf(project);
    }
}
