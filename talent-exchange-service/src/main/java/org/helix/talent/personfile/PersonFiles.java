package org.helix.talent.personfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.talent.access.Representatives;
import org.helix.talent.appointment.Appointment;
import org.helix.talent.appointment.AppointmentStatus;
import org.helix.talent.assessment.Assessment;
import org.helix.talent.assessment.AssessmentView;
import org.helix.talent.assessment.Outcome;
import org.helix.talent.evaluation.EvaluationViews;
import org.helix.talent.evaluation.Evaluations;
import org.helix.talent.profile.Profile;
import org.helix.talent.profile.ProfileView;
import org.helix.talent.profile.Profiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Builds a person's file. Private: the person, their organisation's representatives, admin and secretariat. */
@ApplicationScoped
public class PersonFiles {

    @Inject
    Profiles profiles;

    @Inject
    Representatives representatives;

    @Inject
    Evaluations evaluations;

    @Inject
    Clock clock;

    public PersonFile of(UUID profileId) {
        Profile profile = OrganisationScope.visible(Profile.<Profile>findById(profileId),
                found -> representatives.represents(found.organisationId) || profiles.isThePerson(found),
                "PersonFile", profileId);
        LocalDate today = LocalDate.now(clock);
        Map<Integer, Integer> hours = new TreeMap<>();
        for (Appointment appointment : worked(profileId)) {
            LocalDate until = appointment.endedAt == null ? today
                    : appointment.endedAt.atZone(ZoneOffset.UTC).toLocalDate();
            for (int year = appointment.startDate.getYear(); year <= appointment.endDate.getYear(); year++) {
                int inYear = HoursWorked.inYear(year, appointment.startDate, appointment.endDate,
                        until.isBefore(today) ? until : today, appointment.hoursPerWeek);
                if (inYear > 0) {
                    hours.merge(year, inYear, Integer::sum);
                }
            }
        }
        List<Assessment> assessments = Assessment.list("profileId = ?1 order by period, id", profileId);
        int from = today.getYear() - 2;
        int windowHours = hours.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= today.getYear())
                .mapToInt(Map.Entry::getValue).sum();
        List<Assessment> inWindow = assessments.stream().filter(a -> a.year() >= from && a.year() <= today.getYear())
                .toList();
        List<EvaluationViews.Result> results = evaluations.ofTeacher(profileId);
        int goodEvaluations = (int) results.stream().filter(r -> {
            int year = Integer.parseInt(r.term().substring(0, 4));
            return year >= from && year <= today.getYear()
                    && r.averageScore().compareTo(TitleEvaluationCredit.GOOD_EVALUATION_AVERAGE) >= 0;
        }).count();
        TitleEvaluationCredit credit = TitleEvaluationCredit.of(today.getYear(), new TitleEvaluationCredit.Inputs(
                windowHours, count(inWindow, Outcome.EXCELLENT), count(inWindow, Outcome.GOOD),
                count(inWindow, Outcome.PASS), count(inWindow, Outcome.FAIL), goodEvaluations));
        List<PersonFile.YearHours> byYear = new ArrayList<>();
        hours.forEach((year, h) -> byYear.add(new PersonFile.YearHours(year, h)));
        return new PersonFile(ProfileView.of(profile), byYear, assessments.stream().map(AssessmentView::of).toList(),
                results, credit);
    }

    /** Appointments that ran: active, completed, or terminated after they had started. */
    private static List<Appointment> worked(UUID profileId) {
        return Appointment.list("profileId = ?1 and (status in ?2 or (status = ?3 and activatedAt is not null))",
                profileId, List.of(AppointmentStatus.ACTIVE, AppointmentStatus.COMPLETED),
                AppointmentStatus.TERMINATED);
    }

    private static int count(List<Assessment> assessments, Outcome outcome) {
        return (int) assessments.stream().filter(a -> a.outcome == outcome).count();
    }
}
