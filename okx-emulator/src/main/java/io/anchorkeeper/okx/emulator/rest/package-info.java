/**
 * The OKX v5 REST API over Jetty: routing, envelopes, authentication, rate limits and endpoint
 * groups.
 */
package io.anchorkeeper.okx.emulator.rest;
