/**
 * Readiness (each upstream's reachability, reported as data) and liveness.
 */
package org.helix.gateway.health;
