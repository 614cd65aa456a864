package org.helix.governance.dashboard.figures;

import java.util.List;

/**
 * The metric dictionary: every figure the dashboard reports, what it means, its unit and the events it is computed
 * from. Served at {@code GET /api/governance/dashboard/metrics} and listed in the README.
 */
public enum Metric {

    TEACHING_APPOINTMENTS("talent.teaching-appointments", "count",
            "Part-time teaching appointments (an enterprise expert teaching at a school) that were ACTIVE at some time "
                    + "in the period.",
            List.of(), List.of("talent.AppointmentActivated", "talent.AppointmentCompleted",
                    "talent.AppointmentTerminated")),
    TEACHING_HOURS("talent.teaching-hours", "hours",
            "Hours of part-time teaching in the period: each appointment's hours per week times the weeks it ran "
                    + "within the period.",
            List.of(), List.of("talent.AppointmentActivated", "talent.AppointmentCompleted",
                    "talent.AppointmentTerminated")),
    PRACTICE_APPOINTMENTS("talent.practice-appointments", "count",
            "Enterprise practices (a teacher practising at an enterprise) that were ACTIVE at some time in the period.",
            List.of(), List.of("talent.AppointmentActivated", "talent.AppointmentCompleted",
                    "talent.AppointmentTerminated")),
    PRACTICE_HOURS("talent.practice-hours", "hours",
            "Hours of enterprise practice in the period: hours per week times the weeks each practice ran within it.",
            List.of(), List.of("talent.AppointmentActivated", "talent.AppointmentCompleted",
                    "talent.AppointmentTerminated")),
    PRACTICE_TARGET_HOURS("talent.practice-target-hours", "hours",
            "What the teachers with a practice in the period should have practised in it: for each, the yearly "
                    + "target of their school (set in talent; without one the default, "
                    + "helix.governance.dashboard.practice-target-hours, 160 like talent's) times the period's share "
                    + "of a year.",
            List.of(), List.of("talent.AppointmentActivated", "talent.PracticeTargetSet")),
    BUDGET("money.budget", "amount",
            "Budgets of the funding calls whose window overlaps the period, per funder and per kind of money, in the "
                    + "call's currency.",
            List.of("funderOrganisationId", "funderName", "kind", "currency"), List.of("funding.CallOpened")),
    COMMITTED("money.committed", "amount",
            "Money awarded on those calls and not yet released: the pending tranches.",
            List.of("funderOrganisationId", "funderName", "kind", "currency"),
            List.of("funding.AwardGranted", "funding.TrancheReleased", "funding.TrancheCancelled")),
    RELEASED("money.released", "amount",
            "Money released on those calls: the released tranches.",
            List.of("funderOrganisationId", "funderName", "kind", "currency"),
            List.of("funding.TrancheReleased")),
    REMAINING("money.remaining", "amount",
            "Budget − committed − released: what the calls can still award (cancelled tranches return here).",
            List.of("funderOrganisationId", "funderName", "kind", "currency"),
            List.of("funding.CallOpened", "funding.AwardGranted", "funding.TrancheReleased",
                    "funding.TrancheCancelled")),
    PROJECTS("incubation.projects", "count",
            "Projects per stage (SUBMITTED, SCREENING, INCUBATING, GRADUATED, DISCONTINUED, DECLINED) among those "
                    + "submitted before the period ended and not closed before it began; the stage is the latest known.",
            List.of("stage"), List.of("incubation.ProjectSubmitted", "incubation.ProjectAdmitted",
                    "incubation.ProjectDeclined", "incubation.ProjectGraduated", "incubation.ProjectDiscontinued")),
    MEDIAN_DAYS_IN_SCREENING("incubation.median-days-in-screening", "days",
            "Median days from submission to the screening decision (admitted or declined), for decisions in the "
                    + "period; empty when there were none.",
            List.of(), List.of("incubation.ProjectSubmitted", "incubation.ProjectAdmitted",
                    "incubation.ProjectDeclined")),
    OPEN_SKILL_GAPS("curriculum.open-skill-gaps", "count",
            "School and skill pairs whose latest reported gap (demand not covered by published courses) is above "
                    + "zero, reported before the period ended.",
            List.of(), List.of("curriculum.SkillGapDetected")),
    SKILL_GAP_HEADCOUNT("curriculum.skill-gap-headcount", "people",
            "The demanded headcount those open gaps leave uncovered, summed.",
            List.of(), List.of("curriculum.SkillGapDetected")),
    REVISIONS("curriculum.revisions", "count",
            "Curriculum revisions per stage: OPEN (draft, in review or approved) opened before the period ended, "
                    + "PUBLISHED in the period.",
            List.of("stage"), List.of("curriculum.RevisionOpened", "curriculum.RevisionPublished")),
    EMPLOYMENT_RATE("curriculum.employment-rate", "percent",
            "Graduates EMPLOYED or SELF_EMPLOYED as a share of the graduates with a recorded outcome, for the "
                    + "graduation years the period touches; empty when none was recorded.",
            List.of(), List.of("curriculum.EmploymentRecorded")),
    GRADUATES_WITH_OUTCOME("curriculum.graduates-with-outcome", "count",
            "Graduates of the graduation years the period touches with a recorded outcome, per outcome.",
            List.of("outcome"), List.of("curriculum.EmploymentRecorded")),
    PROBLEMS("governance.problems", "count",
            "Problems per tier where they sit now and status (OPEN, ESCALATED, RESOLVED), among those raised before "
                    + "the period ended and not resolved before it began.",
            List.of("tier", "status"), List.of("governance.ProblemRaised", "governance.ProblemEscalated",
                    "governance.ProblemResolved")),
    OVERDUE_ACTIONS("governance.overdue-actions", "count",
            "Action items of adopted resolutions not done by their due date (as of today), per tier of the "
                    + "resolution's committee. From governance's own records.",
            List.of("tier"), List.of("governance.ResolutionAdopted", "governance.ActionItemCompleted")),
    EVENTS("alliance.events", "count",
            "Events the dashboard received in the period, per event type: how busy each flow is. Not narrowed by the "
                    + "committee or organisation type filters.",
            List.of("eventType"), List.of("every event of the five topics"));

    private final String key;
    private final String unit;
    private final String definition;
    private final List<String> dimensions;
    private final List<String> sourceEvents;

    Metric(String key, String unit, String definition, List<String> dimensions, List<String> sourceEvents) {
        this.key = key;
        this.unit = unit;
        this.definition = definition;
        this.dimensions = dimensions;
        this.sourceEvents = sourceEvents;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public List<String> sourceEvents() {
        return sourceEvents;
    }
}
