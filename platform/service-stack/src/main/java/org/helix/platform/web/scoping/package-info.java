/**
 * Who sees what (DESIGN.md "Who sees what"), once for every service: a private record the caller may not see is the
 * same 404 problem a missing record gets — so its existence does not leak — and it never appears in a list.
 *
 * <p>A service uses three pieces:
 * <ul>
 *   <li>{@link org.helix.platform.web.scoping.OrganisationScope} (inject it): {@code seesEverything()} for admin and
 *   secretariat, {@code includes(organisations)} for "the caller's organisation is one of these", and the static
 *   {@code visible(record, mayView, "Agreement", id)} that returns the record or throws the 404;</li>
 *   <li>{@link org.helix.platform.web.scoping.Scope}: the condition a list appends, built per caller with
 *   {@code scope.of(org -> Scope.where("id in (select a.id from Agreement a join a.parties p "
 *   + "where p.organisationId = :viewer)", "viewer", org))} — everything for admin and secretariat, nothing for a
 *   caller without an organisation;</li>
 *   <li>{@link org.helix.platform.web.scoping.Criteria}: the list's filters (a null value is no filter) and the scope,
 *   joined with {@code and}, run by the entity: {@code criteria.find((where, order, params) -> Agreement.find(where,
 *   order, params), sort)}.</li>
 * </ul>
 * governance-service's {@code Agreements} (parties only) and {@code Meetings}/{@code Resolutions} (members only) are
 * the worked examples.
 */
package org.helix.platform.web.scoping;
