/**
 * The merged OpenAPI document of all services, as a client sees them through the gateway.
 */
package org.helix.gateway.openapi;
