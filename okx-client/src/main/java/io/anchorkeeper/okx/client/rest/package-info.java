/**
 * Signed REST calls to OKX v5: endpoint catalogue, transport, envelope reading and the API groups.
 */
package io.anchorkeeper.okx.client.rest;
