package org.helix.curriculum.offering;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.config.CurriculumRules;
import org.helix.curriculum.course.Course;
import org.helix.curriculum.course.CourseStatus;
import org.helix.curriculum.teaching.Ratings;
import org.helix.curriculum.teaching.TeacherEligibility;
import org.helix.curriculum.teaching.TeacherProfile;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Offerings of courses per term and their sections (open to every signed-in caller: students choose from them). The
 * school's representatives, admin and secretariat open and change them; a section's teacher must be eligible
 * ({@link TeacherEligibility}) whenever one is assigned.
 */
@ApplicationScoped
public class Offerings {

    public static final String OFFERING = "Offering";
    public static final String SECTION = "Section";
    private static final Map<String, String> OFFERING_SORT = Map.of("term", "term", "createdAt", "createdAt");
    private static final Map<String, String> SECTION_SORT = Map.of("label", "label", "courseCode", "courseCode",
            "createdAt", "createdAt");

    @Inject
    Parties parties;

    @Inject
    TeacherEligibility eligibility;

    @Inject
    Ratings ratings;

    @Inject
    CurriculumRules rules;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Offering offer(OfferingRequest request) {
        Course course = Course.findById(request.courseId());
        if (course == null) {
            throw ApiProblem.invalidField("courseId", "no course " + request.courseId());
        }
        parties.requireRepresentative(course.schoolId, "offer a school's courses");
        if (course.status != CourseStatus.ACTIVE) {
            throw ApiProblem.invalidField("courseId", "course " + course.code + " is " + course.status);
        }
        if (Offering.count("courseId = ?1 and term = ?2", course.id, request.term()) > 0) {
            throw ApiProblem.conflict("offering-exists", "Offering exists", "Course " + course.code
                    + " is offered in " + request.term() + " already");
        }
        Offering offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.courseId = course.id;
        offering.schoolId = course.schoolId;
        offering.term = request.term();
        offering.courseVersion = course.currentVersion;
        offering.createdAt = Instant.now(clock);
        offering.updatedAt = offering.createdAt;
        offering.persist();
        changes.record(OFFERING, offering.id, "offer", null, () -> OfferingView.of(offering));
        return offering;
    }

    @Transactional
    public Section open(UUID offeringId, SectionTerms terms) {
        Offering offering = Offering.findById(offeringId, LockModeType.PESSIMISTIC_WRITE);
        if (offering == null) {
            throw ApiProblem.notFound(OFFERING, offeringId);
        }
        parties.requireRepresentative(offering.schoolId, "open sections of a school's offerings");
        if (Section.count("offeringId = ?1 and lower(label) = lower(?2)", offeringId, terms.label().strip()) > 0) {
            throw ApiProblem.conflict("section-exists", "Section exists", "The offering has a section "
                    + terms.label().strip() + " already");
        }
        checkCapacity(terms.capacity(), 0);
        TeacherProfile teacher = eligibility.require(terms.teacherProfileId(), offering.schoolId, "teacherProfileId");
        Course course = Course.findById(offering.courseId);
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.offeringId = offering.id;
        section.courseId = course.id;
        section.courseCode = course.code;
        section.courseTitle = course.title;
        section.schoolId = offering.schoolId;
        section.term = offering.term;
        section.label = terms.label().strip();
        section.enrolled = 0;
        assign(section, teacher, terms);
        section.createdAt = section.updatedAt;
        section.persist();
        changes.record(SECTION, section.id, "open", null, () -> view(section),
                Changes.Event.of(SECTION, section.id, SectionOpened.TYPE, () -> SectionOpened.of(section)));
        return section;
    }

    /** Changes a section's teacher, seats or schedule; never fewer seats than are taken. */
    @Transactional
    public Section change(UUID id, SectionTerms terms) {
        Section section = Section.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (section == null) {
            throw ApiProblem.notFound(SECTION, id);
        }
        parties.requireRepresentative(section.schoolId, "change a school's sections");
        if (terms.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (terms.version() != section.version) {
            throw ApiProblem.staleVersion(SECTION, id);
        }
        if (!terms.label().strip().equals(section.label)) {
            throw ApiProblem.invalidField("label", "stays " + section.label);
        }
        checkCapacity(terms.capacity(), section.enrolled);
        TeacherProfile teacher = section.teacherProfileId.equals(terms.teacherProfileId())
                ? TeacherProfile.findById(section.teacherProfileId)
                : eligibility.require(terms.teacherProfileId(), section.schoolId, "teacherProfileId");
        SectionView before = view(section);
        assign(section, teacher, terms);
        changes.record(SECTION, id, "update", before, () -> view(section));
        return section;
    }

    public Offering offering(UUID id) {
        Offering offering = Offering.findById(id);
        if (offering == null) {
            throw ApiProblem.notFound(OFFERING, id);
        }
        return offering;
    }

    public Section section(UUID id) {
        Section section = Section.findById(id);
        if (section == null) {
            throw ApiProblem.notFound(SECTION, id);
        }
        return section;
    }

    public Page<OfferingView> offerings(UUID school, UUID course, String term, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("schoolId = :school", "school", school)
                .and("courseId = :course", "course", course)
                .and("term = :term", "term", term);
        Sort sort = page.toSort(OFFERING_SORT, Sort.descending("createdAt")).and("id");
        return Page.of(criteria.find((where, order, params) -> Offering.find(where, order, params), sort), page,
                OfferingView::of);
    }

    public Page<SectionView> sections(UUID offering, UUID school, UUID course, String term, UUID teacher,
            Boolean seatsLeft, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("offeringId = :offering", "offering", offering)
                .and("schoolId = :school", "school", school)
                .and("courseId = :course", "course", course)
                .and("term = :term", "term", term)
                .and("teacherProfileId = :teacher", "teacher", teacher)
                .andIf(Boolean.TRUE.equals(seatsLeft), "enrolled < capacity");
        Sort sort = page.toSort(SECTION_SORT, Sort.ascending("courseCode")).and("label").and("id");
        Page<Section> sections = Page.of(criteria.<Section>find(
                (where, order, params) -> Section.find(where, order, params), sort), page, s -> s);
        Map<UUID, Ratings.Rating> rated = ratings.of(sections.items().stream().map(s -> s.teacherProfileId)
                .distinct().toList());
        List<SectionView> views = sections.items().stream().map(s -> SectionView.of(s, rated.get(
                s.teacherProfileId))).toList();
        return Page.of(views, page, sections.total());
    }

    public SectionView view(Section section) {
        return SectionView.of(section, ratings.of(List.of(section.teacherProfileId)).get(section.teacherProfileId));
    }

    private void checkCapacity(int capacity, int enrolled) {
        if (capacity > rules.sections().maxCapacity()) {
            throw ApiProblem.invalidField("capacity", "at most " + rules.sections().maxCapacity() + " seats");
        }
        if (capacity < enrolled) {
            throw ApiProblem.invalidField("capacity", enrolled + " seats are taken; capacity must not be lower");
        }
    }

    private void assign(Section section, TeacherProfile teacher, SectionTerms terms) {
        section.teacherProfileId = teacher.id;
        section.teacherSubject = teacher.personSubject;
        section.teacherName = teacher.displayName;
        section.capacity = terms.capacity();
        section.schedule = terms.schedule() == null ? null : terms.schedule().strip();
        section.updatedAt = Instant.now(clock);
    }
}
