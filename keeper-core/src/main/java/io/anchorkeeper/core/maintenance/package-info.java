/** Maintenance: when it triggers, whether the account can afford it, and its steps and sizes. */
package io.anchorkeeper.core.maintenance;
