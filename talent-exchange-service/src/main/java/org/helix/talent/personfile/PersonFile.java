package org.helix.talent.personfile;

import org.helix.talent.assessment.AssessmentView;
import org.helix.talent.evaluation.EvaluationViews;
import org.helix.talent.profile.ProfileView;

import java.util.List;

/**
 * A person's file: hours taught (an expert's part-time teaching) or practised (a teacher's enterprise practice) per
 * calendar year, the assessments of their appointments, the published results of their students' evaluations, and
 * the title-evaluation credit with its inputs.
 */
public record PersonFile(ProfileView profile, List<YearHours> hoursByYear, List<AssessmentView> assessments,
        List<EvaluationViews.Result> evaluationResults, TitleEvaluationCredit titleEvaluationCredit) {

    public record YearHours(int year, int hours) {
    }
}
