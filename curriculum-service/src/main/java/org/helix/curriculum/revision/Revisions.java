package org.helix.curriculum.revision;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.course.Course;
import org.helix.curriculum.course.CourseContent;
import org.helix.curriculum.course.CourseStatus;
import org.helix.curriculum.course.CourseView;
import org.helix.curriculum.course.Courses;
import org.helix.curriculum.programme.Programme;
import org.helix.curriculum.revision.RevisionStatus.Transition;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Roles;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Revisions of a school's catalogue. The school's representatives (and admin, secretariat) open, edit, submit and
 * publish them; admin and secretariat review (approve or request changes); representatives of enterprises and
 * associations comment too. Revisions and their comments are open to every signed-in caller.
 */
@ApplicationScoped
public class Revisions {

    public static final String RESOURCE = "Revision";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status");

    @Inject
    Parties parties;

    @Inject
    Courses courses;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Revision open(RevisionProposal proposal) {
        Revision revision = new Revision();
        revision.id = UUID.randomUUID();
        revision.change = proposal.change();
        revision.status = RevisionStatus.DRAFT;
        target(proposal, revision);
        parties.requireRepresentative(revision.schoolId, "open revisions of a school's catalogue");
        apply(proposal, revision);
        revision.createdAt = revision.updatedAt;
        revision.persist();
        changes.record(RESOURCE, revision.id, "open", null, () -> RevisionView.of(revision),
                Changes.Event.of(RESOURCE, revision.id, RevisionEvent.OPENED, () -> RevisionEvent.of(revision)));
        return revision;
    }

    /** A DRAFT revision for governance's adopted resolution (flow 2), once per resolution; no caller involved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForResolution(UUID resolutionId, UUID schoolId, String subject) {
        if (Revision.count("resolutionId", resolutionId) > 0) {
            return;
        }
        Revision revision = new Revision();
        revision.id = UUID.randomUUID();
        revision.status = RevisionStatus.DRAFT;
        revision.schoolId = schoolId;
        revision.resolutionId = resolutionId;
        revision.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        Course course = Course.<Course>find("schoolId = ?1 and (lower(code) = lower(?2) or lower(title) = lower(?2))",
                schoolId, subject.strip()).firstResult();
        if (course != null) {
            revision.change = RevisionChange.MODIFY;
            revision.courseId = course.id;
            revision.programmeId = course.programmeId;
        } else {
            revision.change = RevisionChange.ADD;
            Programme programme = Programme.<Programme>find("schoolId = ?1 and lower(name) = lower(?2)", schoolId,
                    subject.strip()).firstResult();
            revision.programmeId = programme == null ? null : programme.id;
        }
        revision.rationale = "Opened for governance's resolution " + resolutionId;
        revision.updatedAt = Instant.now(clock);
        revision.createdAt = revision.updatedAt;
        revision.persist();
        changes.record(RESOURCE, revision.id, "open", null, () -> RevisionView.of(revision),
                Changes.Event.of(RESOURCE, revision.id, RevisionEvent.OPENED, () -> RevisionEvent.of(revision)));
    }

    @Transactional
    public Revision edit(UUID id, RevisionProposal proposal) {
        Revision revision = locked(id);
        parties.requireRepresentative(revision.schoolId, "edit a school's revisions");
        revision.status.after(Transition.EDIT);
        if (proposal.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (proposal.version() != revision.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (proposal.change() != revision.change) {
            throw ApiProblem.invalidField("change", "stays " + revision.change);
        }
        RevisionView before = RevisionView.of(revision);
        UUID school = revision.schoolId;
        target(proposal, revision);
        if (!school.equals(revision.schoolId)) {
            throw ApiProblem.invalidField(revision.change == RevisionChange.ADD ? "programmeId" : "courseId",
                    "stays at school " + school);
        }
        apply(proposal, revision);
        changes.record(RESOURCE, id, "edit", before, () -> RevisionView.of(revision));
        return revision;
    }

    @Transactional
    public Revision submit(UUID id) {
        Revision revision = locked(id);
        parties.requireRepresentative(revision.schoolId, "submit a school's revisions");
        RevisionStatus next = revision.status.after(Transition.SUBMIT);
        requireComplete(revision);
        return move(revision, next, "submit");
    }

    @Transactional
    public Revision requestChanges(UUID id, String comment) {
        Revision revision = locked(id);
        requireReviewer();
        RevisionStatus next = revision.status.after(Transition.REQUEST_CHANGES);
        write(revision, comment);
        return move(revision, next, "request-changes");
    }

    @Transactional
    public Revision approve(UUID id) {
        Revision revision = locked(id);
        requireReviewer();
        return move(revision, revision.status.after(Transition.APPROVE), "approve");
    }

    /** Publishing makes the course's next version (or the new course): the revision and the catalogue together. */
    @Transactional
    public Revision publish(UUID id) {
        Revision revision = locked(id);
        parties.requireRepresentative(revision.schoolId, "publish a school's revisions");
        RevisionStatus next = revision.status.after(Transition.PUBLISH);
        requireComplete(revision);
        Course course;
        if (revision.change == RevisionChange.ADD) {
            course = courses.createIn(Programme.findById(revision.programmeId), revision.code, content(revision),
                    revision.id);
            revision.courseId = course.id;
        } else {
            course = Course.findById(revision.courseId, LockModeType.PESSIMISTIC_WRITE);
            if (course.status != CourseStatus.ACTIVE) {
                throw ApiProblem.conflict("course-retired", "Course retired", "Course " + course.code
                        + " was retired; a revision cannot change it any more");
            }
            CourseContent content = revision.change == RevisionChange.RETIRE ? new CourseContent(course.title,
                    course.type, course.credits, List.of(course.skillIds)) : content(revision);
            courses.publish(course, content, revision.id, revision.change == RevisionChange.RETIRE,
                    CourseView.of(course));
        }
        revision.publishedVersion = course.currentVersion;
        revision.publishedAt = Instant.now(clock);
        RevisionView before = RevisionView.of(revision);
        revision.status = next;
        revision.updatedAt = revision.publishedAt;
        changes.record(RESOURCE, id, "publish", before, () -> RevisionView.of(revision),
                Changes.Event.of(RESOURCE, id, RevisionEvent.PUBLISHED, () -> RevisionEvent.of(revision)));
        return revision;
    }

    @Transactional
    public ReviewComment comment(UUID id, String text) {
        Revision revision = get(id);
        if (!parties.represents(revision.schoolId) && !parties.hasRole(Roles.ENTERPRISE_REP)
                && !parties.hasRole(Roles.ASSOCIATION_REP)) {
            throw ApiProblem.forbidden("Comments come from the school's representatives, enterprises' and "
                    + "associations' representatives, admin and secretariat");
        }
        revision.status.after(Transition.COMMENT);
        ReviewComment comment = write(revision, text);
        changes.record("ReviewComment", comment.id, "comment", null, () -> CommentView.of(comment));
        return comment;
    }

    public Revision get(UUID id) {
        Revision revision = Revision.findById(id);
        if (revision == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return revision;
    }

    public List<CommentView> comments(UUID id) {
        get(id);
        return ReviewComment.<ReviewComment>find("revisionId = ?1 order by writtenAt, id", id).stream()
                .map(CommentView::of).toList();
    }

    public Page<RevisionView> list(UUID school, UUID course, UUID resolution, RevisionStatus status,
            RevisionChange change, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("schoolId = :school", "school", school)
                .and("courseId = :course", "course", course)
                .and("resolutionId = :resolution", "resolution", resolution)
                .and("status = :status", "status", status)
                .and("change = :change", "change", change);
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        return Page.of(criteria.<Revision>find((where, order, params) -> Revision.find(where, order, params), sort),
                page, RevisionView::of);
    }

    private Revision move(Revision revision, RevisionStatus next, String action) {
        RevisionView before = RevisionView.of(revision);
        Instant now = Instant.now(clock);
        revision.status = next;
        if (next == RevisionStatus.UNDER_REVIEW) {
            revision.submittedAt = now;
        } else if (next == RevisionStatus.APPROVED) {
            revision.approvedAt = now;
        }
        revision.updatedAt = now;
        changes.record(RESOURCE, revision.id, action, before, () -> RevisionView.of(revision));
        return revision;
    }

    private ReviewComment write(Revision revision, String text) {
        ReviewComment comment = new ReviewComment();
        comment.id = UUID.randomUUID();
        comment.revisionId = revision.id;
        comment.author = parties.subject();
        comment.authorOrganisationId = parties.organisation().orElse(null);
        comment.text = text.strip();
        comment.onStatus = revision.status;
        comment.writtenAt = Instant.now(clock);
        comment.persist();
        return comment;
    }

    private void requireReviewer() {
        if (!parties.seesEverything()) {
            throw ApiProblem.forbidden("Revisions are reviewed by admin and secretariat");
        }
    }

    private static Revision locked(UUID id) {
        Revision revision = Revision.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (revision == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return revision;
    }

    /** Sets the school, course and programme a proposal names, refusing what does not fit its change (422). */
    private static void target(RevisionProposal proposal, Revision revision) {
        if (proposal.change() == RevisionChange.ADD) {
            if (proposal.programmeId() == null) {
                throw ApiProblem.invalidField("programmeId", "an ADD names the programme of the new course");
            }
            if (proposal.courseId() != null) {
                throw ApiProblem.invalidField("courseId", "an ADD makes a new course; name none");
            }
            Programme programme = Programme.findById(proposal.programmeId());
            if (programme == null) {
                throw ApiProblem.invalidField("programmeId", "no programme " + proposal.programmeId());
            }
            revision.programmeId = programme.id;
            revision.schoolId = programme.schoolId;
            return;
        }
        if (proposal.courseId() == null) {
            throw ApiProblem.invalidField("courseId", "a " + proposal.change() + " names the course");
        }
        Course course = Course.findById(proposal.courseId());
        if (course == null) {
            throw ApiProblem.invalidField("courseId", "no course " + proposal.courseId());
        }
        if (course.status != CourseStatus.ACTIVE) {
            throw ApiProblem.invalidField("courseId", "course " + course.code + " is " + course.status);
        }
        revision.courseId = course.id;
        revision.programmeId = course.programmeId;
        revision.schoolId = course.schoolId;
    }

    private void apply(RevisionProposal proposal, Revision revision) {
        if (proposal.change() == RevisionChange.RETIRE && proposal.content() != null) {
            throw ApiProblem.invalidField("content", "a RETIRE proposes no content");
        }
        if (proposal.change() != RevisionChange.ADD && proposal.code() != null) {
            throw ApiProblem.invalidField("code", "only an ADD names a code; a course's code stays");
        }
        revision.code = proposal.code();
        revision.subject = proposal.subject().strip();
        revision.rationale = proposal.rationale() == null ? null : proposal.rationale().strip();
        CourseContent content = proposal.content();
        revision.title = content == null ? null : content.title().strip();
        revision.type = content == null ? null : content.type();
        revision.credits = content == null ? null : content.credits().setScale(1, RoundingMode.UNNECESSARY);
        revision.skillIds = content == null ? null : new LinkedHashSet<>(content.skillIds()).toArray(UUID[]::new);
        revision.updatedAt = Instant.now(clock);
    }

    private static void requireComplete(Revision revision) {
        if (revision.change != RevisionChange.RETIRE && revision.title == null) {
            throw ApiProblem.invalidField("content", "a " + revision.change + " proposes the course's content");
        }
        if (revision.change == RevisionChange.ADD && (revision.code == null || revision.programmeId == null)) {
            throw ApiProblem.invalidField(revision.code == null ? "code" : "programmeId",
                    "an ADD names the programme and the new course's code");
        }
    }

    private static CourseContent content(Revision revision) {
        return new CourseContent(revision.title, revision.type, revision.credits, List.of(revision.skillIds));
    }
}
