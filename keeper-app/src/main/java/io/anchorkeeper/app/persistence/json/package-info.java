/** The stored JSON form of core types (journal events, requests, reports, settings overrides). */
package io.anchorkeeper.app.persistence.json;
