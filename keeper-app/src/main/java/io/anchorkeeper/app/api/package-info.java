/** The HTTP API, seed-compatible: thin controllers that make one call into the engine. */
package io.anchorkeeper.app.api;
