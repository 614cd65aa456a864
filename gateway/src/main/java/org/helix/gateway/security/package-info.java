/**
 * Who may call: the edge token check against the realm's keys (with the caller it establishes), CORS, and the count of
 * the gateway's own calls to Keycloak.
 */
package org.helix.gateway.security;
