/** The notifier port and what the keeper tells its owner: procedure reports and alerts. */
package io.anchorkeeper.core.notify;
