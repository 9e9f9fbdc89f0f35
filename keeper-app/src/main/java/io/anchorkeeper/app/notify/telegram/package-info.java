/** Telegram Bot API over java.net.http: ordered, retried delivery and the owner's commands. */
package io.anchorkeeper.app.notify.telegram;
