/**
 * Manual actions from the dashboard: a confirmation that shows the planned orders (estimated with
 * keeper-core's planners at the current mark), then the same runner every other request uses.
 */
package io.anchorkeeper.app.web.actions;
