package org.helix.talent.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the agreement replica: is there an ACTIVE agreement of a kind between two organisations? */
@ApplicationScoped
public class ActiveAgreements {

    public static final String SCHOOL_ENTERPRISE = "SCHOOL_ENTERPRISE";

    @Inject
    EntityManager entityManager;

    /** The oldest-known ACTIVE agreement of {@code kind} both organisations are parties to, if any. */
    public Optional<UUID> between(UUID first, UUID second, String kind) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select id from cooperation_agreement where status = 'ACTIVE' "
                        + "and kind = :kind and party_organisation_ids @> cast(:both as uuid[]) order by updated_at, id "
                        + "limit 1", UUID.class)
                .setParameter("kind", kind)
                .setParameter("both", "{" + first + "," + second + "}")
                .getResultList();
        return ids.stream().findFirst();
    }
}
