/** Notifications: Telegram, the dashboard feed and the log, in English or Chinese. */
package io.anchorkeeper.app.notify;
