package io.anchorkeeper.app.notify.telegram;

/**
 * The Telegram channel's counters at one moment.
 *
 * @param sent Telegram messages delivered (a long notification may take several)
 * @param retried attempts repeated after a 429, a 5xx or an I/O failure
 * @param failed Telegram messages given up on (attempts exhausted or refused for good)
 * @param dropped notifications or replies dropped because the queue was full
 * @param commandsHandled commands answered from the owner's chat
 * @param commandsIgnored messages ignored: from other chats, or too old to obey
 * @param queued notifications and replies waiting now
 */
public record TelegramStats(
    long sent,
    long retried,
    long failed,
    long dropped,
    long commandsHandled,
    long commandsIgnored,
    int queued) {}
