/** Renders notifications as Telegram HTML in English or Chinese, within Telegram's limits. */
package io.anchorkeeper.app.notify.format;
