/** The dashboard's pages and their htmx fragments: overview, slot page, history pages. */
package io.anchorkeeper.app.web.pages;
