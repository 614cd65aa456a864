package org.helix.governance.agreement;

import org.helix.governance.organisation.OrganisationType;
import org.helix.platform.web.problem.ApiProblem;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The business rules an agreement's terms must meet; each breach is a 422 naming the field. */
final class AgreementRules {

    static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final int SCALE = 2;

    private AgreementRules() {
    }

    /** {@code organisationType} finds a registered organisation's type (empty if there is no such organisation). */
    static void check(AgreementTerms terms, Function<UUID, Optional<OrganisationType>> organisationType) {
        if (!terms.endDate().isAfter(terms.startDate())) {
            throw ApiProblem.invalidField("endDate", "must be after startDate (" + terms.startDate() + ")");
        }
        List<AgreementTerms.Party> parties = terms.parties();
        if (parties.size() < 2) {
            throw ApiProblem.invalidField("parties", "an agreement needs at least two parties");
        }
        Set<UUID> seen = new HashSet<>();
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        for (int i = 0; i < parties.size(); i++) {
            AgreementTerms.Party party = parties.get(i);
            String field = "parties[" + i + "].";
            types.add(organisationType.apply(party.organisationId()).orElseThrow(() -> ApiProblem.invalidField(
                    field + "organisationId", "no organisation " + party.organisationId() + " is registered")));
            if (!seen.add(party.organisationId())) {
                throw ApiProblem.invalidField(field + "organisationId",
                        "organisation " + party.organisationId() + " is a party more than once");
            }
            percentage(field + "riskShare", party.riskShare());
            percentage(field + "benefitShare", party.benefitShare());
            if (party.contributionAmount() != null) {
                amount(field + "contributionAmount", party.contributionAmount());
            }
        }
        sumsToHundred("parties.riskShare", parties.stream().map(AgreementTerms.Party::riskShare).toList());
        sumsToHundred("parties.benefitShare", parties.stream().map(AgreementTerms.Party::benefitShare).toList());
        if (terms.kind() == AgreementKind.SCHOOL_ENTERPRISE
                && !(types.contains(OrganisationType.SCHOOL) && types.contains(OrganisationType.ENTERPRISE))) {
            throw ApiProblem.invalidField("parties",
                    "a school-enterprise agreement needs at least one SCHOOL and one ENTERPRISE party");
        }
    }

    /** The value at scale 2, which it already meets (checked before). */
    static BigDecimal exact(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE);
    }

    private static void percentage(String field, BigDecimal share) {
        decimals(field, share);
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            throw ApiProblem.invalidField(field, "must be a percentage between 0 and 100");
        }
    }

    private static void amount(String field, BigDecimal amount) {
        decimals(field, amount);
        if (amount.signum() < 0) {
            throw ApiProblem.invalidField(field, "must be 0 or more");
        }
    }

    /** 12.5 and 12.50 are fine, 12.345 is not: shares and amounts are exact to the hundredth. */
    private static void decimals(String field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw ApiProblem.invalidField(field, "has more than two decimals (" + value.toPlainString() + ")");
        }
    }

    private static void sumsToHundred(String field, List<BigDecimal> shares) {
        BigDecimal total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw ApiProblem.invalidField(field, "the parties' shares sum to " + total.setScale(SCALE).toPlainString()
                    + "; they must sum to exactly 100.00");
        }
    }
}
