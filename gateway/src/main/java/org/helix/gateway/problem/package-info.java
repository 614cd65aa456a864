/**
 * The gateway's own answers as RFC 9457 problems, and the last-resort failure handler.
 */
package org.helix.gateway.problem;
