/**
 * Token-bucket rate limits per client and per user, reads and writes apart, and the RateLimit-* answers.
 */
package org.helix.gateway.ratelimit;
