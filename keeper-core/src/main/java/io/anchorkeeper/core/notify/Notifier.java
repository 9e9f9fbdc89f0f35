package io.anchorkeeper.core.notify;

/**
 * Tells the owner (Telegram, the dashboard feed, the log). Implementations must return quickly and
 * never throw: a notification that cannot be sent is retried and counted by the adapter, and never
 * breaks or blocks a procedure.
 */
@FunctionalInterface
public interface Notifier {

  void notify(Notification notification);
}
