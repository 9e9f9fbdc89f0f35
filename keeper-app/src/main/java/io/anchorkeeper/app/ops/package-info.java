/** What the keeper tells its operator: health, Prometheus metrics and the OpenAPI description. */
package io.anchorkeeper.app.ops;
