package org.helix.curriculum.offering;

import org.helix.curriculum.teaching.Ratings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A section as students see it when they choose: the course, the teacher and the teacher's published rating (absent
 * until talent has published one), seats taken and left.
 */
public record SectionView(UUID id, UUID offeringId, UUID courseId, String courseCode, String courseTitle,
        UUID schoolId, String term, String label, UUID teacherProfileId, String teacherName, TeacherRating rating,
        int capacity, int enrolled, int seatsLeft, String schedule, long version, Instant createdAt,
        Instant updatedAt) {

    /** The teacher's published rating: responses-weighted mean of their sections' averages (1–5). */
    public record TeacherRating(BigDecimal averageScore, long responses, long sections) {

        static TeacherRating of(Ratings.Rating rating) {
            return rating == null ? null : new TeacherRating(rating.averageScore(), rating.responses(),
                    rating.sections());
        }
    }

    public static SectionView of(Section s, Ratings.Rating rating) {
        return new SectionView(s.id, s.offeringId, s.courseId, s.courseCode, s.courseTitle, s.schoolId, s.term,
                s.label, s.teacherProfileId, s.teacherName, TeacherRating.of(rating), s.capacity, s.enrolled,
                s.capacity - s.enrolled, s.schedule, s.version, s.createdAt, s.updatedAt);
    }
}
