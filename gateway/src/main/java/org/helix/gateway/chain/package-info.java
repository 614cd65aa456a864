/**
 * The whole chain of work behind one correlation id, asked of every service at once ({@code GET
 * /api/admin/correlations/{id}}).
 */
package org.helix.gateway.chain;
