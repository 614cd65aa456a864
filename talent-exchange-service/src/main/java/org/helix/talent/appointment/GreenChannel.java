package org.helix.talent.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.talent.agreement.ActiveAgreements;
import org.helix.talent.config.TalentRules;
import org.helix.talent.profile.Profile;

import java.util.Optional;
import java.util.UUID;

/**
 * DESIGN.md's green channel: an expert's part-time teaching needs only the host school's approval when the expert's
 * enterprise and the school are parties to an ACTIVE school-enterprise agreement and the expert has at least
 * {@code helix.talent.green-channel.min-years-of-experience} (5) years' experience or a senior title.
 */
@ApplicationScoped
public class GreenChannel {

    /** Whether the channel is open, the agreement that opens it, and why (in words the API shows). */
    public record Decision(boolean open, UUID agreementId, String reason) {
    }

    @Inject
    ActiveAgreements agreements;

    @Inject
    TalentRules rules;

    public Decision decide(AppointmentKind kind, Profile person, UUID home, UUID host) {
        if (kind != AppointmentKind.PART_TIME_TEACHING) {
            return new Decision(false, null, "not eligible: the green channel is for experts' part-time teaching only");
        }
        int minYears = rules.greenChannel().minYearsOfExperience();
        boolean qualifies = person.yearsOfExperience >= minYears || person.titleRank.senior;
        Optional<UUID> agreement = agreements.between(home, host, ActiveAgreements.SCHOOL_ENTERPRISE);
        if (agreement.isEmpty()) {
            return new Decision(false, null, "not eligible: no ACTIVE school-enterprise agreement between "
                    + "the expert's enterprise and the school");
        }
        if (!qualifies) {
            return new Decision(false, null, "not eligible: the expert has " + person.yearsOfExperience
                    + " years' experience (fewer than " + minYears + ") and no senior title");
        }
        String because = person.yearsOfExperience >= minYears
                ? person.yearsOfExperience + " years' experience (at least " + minYears + ")"
                : "the senior title " + person.titleRank;
        return new Decision(true, agreement.get(), "eligible: ACTIVE school-enterprise agreement " + agreement.get()
                + " between the expert's enterprise and the school; the expert has " + because);
    }
}
