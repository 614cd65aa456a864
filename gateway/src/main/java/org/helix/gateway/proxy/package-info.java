/**
 * Passing a request to its upstream and the answer back: the exchange with both bodies streamed, the headers that
 * cross (hop-by-hop ones dropped, X-Forwarded-* set) and the body-size limits.
 */
package org.helix.gateway.proxy;
