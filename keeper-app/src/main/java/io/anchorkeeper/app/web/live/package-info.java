/** Live updates: one server-sent event stream per open dashboard page. */
package io.anchorkeeper.app.web.live;
