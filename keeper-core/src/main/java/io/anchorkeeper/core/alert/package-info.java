/** Tiered profit-rate alerts (SPEC 3.7): once on entering a tier, again only after leaving it. */
package io.anchorkeeper.core.alert;
