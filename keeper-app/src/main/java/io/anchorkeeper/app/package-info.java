/** The keeper service: Spring Boot wiring of the engine, persistence, adapters and HTTP API. */
package io.anchorkeeper.app;
