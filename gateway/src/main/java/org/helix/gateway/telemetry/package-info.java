/**
 * What the gateway tells operators per request: request ids, the JSON access log and its own metrics.
 */
package org.helix.gateway.telemetry;
