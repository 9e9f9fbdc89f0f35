/** Each slot's profit rate and margin over time, sampled for the slot page's chart. */
package io.anchorkeeper.app.web.history;
