package org.helix.curriculum.course;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.programme.Programme;
import org.helix.curriculum.skill.Skill;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The course catalogue (open to every signed-in caller). A course is created with its first published version; its
 * content changes only by publishing a new version, which revisions do ({@link #publish}).
 */
@ApplicationScoped
public class Courses {

    public static final String RESOURCE = "Course";
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "title", "title",
            "createdAt", "createdAt");

    @Inject
    Parties parties;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Course create(NewCourse request) {
        Programme programme = Programme.findById(request.programmeId());
        if (programme == null) {
            throw ApiProblem.invalidField("programmeId", "no programme " + request.programmeId());
        }
        parties.requireRepresentative(programme.schoolId, "create a school's courses");
        return createIn(programme, request.code(), request.content(), null);
    }

    /** A new course of {@code programme} with its first version (from a revision when {@code revisionId} is set). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Course createIn(Programme programme, String code, CourseContent content, UUID revisionId) {
        if (Course.count("schoolId = ?1 and lower(code) = lower(?2)", programme.schoolId, code) > 0) {
            throw ApiProblem.conflict("course-code-taken", "Course code taken", "The school has a course " + code
                    + " already");
        }
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.programmeId = programme.id;
        course.schoolId = programme.schoolId;
        course.code = code;
        course.status = CourseStatus.ACTIVE;
        course.currentVersion = 0;
        course.createdAt = Instant.now(clock);
        course.updatedAt = course.createdAt;
        apply(content, course);
        course.persist();
        return publish(course, content, revisionId, false, null);
    }

    /**
     * Publishes {@code content} as the course's next version (immutable) and makes it current; a retiring version
     * ends the course. The skills it teaches are replaced in {@code course_skill} for the gap query.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Course publish(Course course, CourseContent content, UUID revisionId, boolean retire, CourseView before) {
        Set<UUID> skills = existingSkills(content.skillIds());
        apply(content, course);
        course.currentVersion++;
        course.status = retire ? CourseStatus.RETIRED : CourseStatus.ACTIVE;
        course.updatedAt = Instant.now(clock);
        CourseVersion version = new CourseVersion();
        version.courseId = course.id;
        version.number = course.currentVersion;
        version.title = course.title;
        version.type = course.type;
        version.credits = course.credits;
        version.skillIds = course.skillIds;
        version.retired = retire;
        version.revisionId = revisionId;
        version.publishedAt = course.updatedAt;
        version.publishedBy = parties.subject() == null ? "event" : parties.subject();
        version.persist();
        entityManager.flush();
        entityManager.createNativeQuery("delete from course_skill where course_id = :course")
                .setParameter("course", course.id).executeUpdate();
        if (!retire) {
            for (UUID skill : skills) {
                entityManager.createNativeQuery("insert into course_skill (course_id, skill_id) values (:c, :s)")
                        .setParameter("c", course.id).setParameter("s", skill).executeUpdate();
            }
        }
        changes.record(RESOURCE, course.id, before == null ? "create" : "publish-version", before,
                () -> CourseView.of(course));
        return course;
    }

    public Course get(UUID id) {
        Course course = Course.findById(id);
        if (course == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return course;
    }

    public List<CourseVersionView> versions(UUID id) {
        get(id);
        return CourseVersion.<CourseVersion>find("courseId = ?1 order by number", id).stream()
                .map(CourseVersionView::of).toList();
    }

    public CourseVersionView version(UUID id, int number) {
        CourseVersion version = CourseVersion.findById(new CourseVersion.Key(id, number));
        if (version == null) {
            throw ApiProblem.notFound("Course version", id + "/" + number);
        }
        return CourseVersionView.of(version);
    }

    public Page<CourseView> list(UUID programme, UUID school, CourseType type, CourseStatus status, UUID skill,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("programmeId = :programme", "programme", programme)
                .and("schoolId = :school", "school", school)
                .and("type = :type", "type", type)
                .and("status = :status", "status", status)
                .and("id in (select cs.courseId from CourseSkill cs where cs.skillId = :skill)", "skill", skill);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("code")).and("id");
        return Page.of(criteria.find((where, order, params) -> Course.find(where, order, params), sort), page,
                CourseView::of);
    }

    private static Set<UUID> existingSkills(List<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>(ids);
        if (!unique.isEmpty() && Skill.count("id in ?1", unique) != unique.size()) {
            throw ApiProblem.invalidField("skillIds", "every skill must be one of the vocabulary's");
        }
        return unique;
    }

    private static void apply(CourseContent content, Course course) {
        course.title = content.title().strip();
        course.type = content.type();
        course.credits = content.credits().setScale(1, RoundingMode.UNNECESSARY);
        course.skillIds = new LinkedHashSet<>(content.skillIds()).toArray(UUID[]::new);
    }
}
