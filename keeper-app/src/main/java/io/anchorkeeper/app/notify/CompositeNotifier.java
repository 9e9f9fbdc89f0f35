package io.anchorkeeper.app.notify;

import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Notifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifier the engine talks to: hands each notification to every channel in turn. A channel
 * that throws is logged and counted, and the others and the caller carry on. The log names the
 * exception's class and where it was thrown, not its message, which might quote a secret URL.
 */
public final class CompositeNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(CompositeNotifier.class);

  private final Map<String, Notifier> channels;
  private final AtomicLong failures = new AtomicLong();

  /**
   * @param channels each channel by name, in the order they are told
   */
  public CompositeNotifier(Map<String, Notifier> channels) {
    this.channels =
        new LinkedHashMap<>(Objects.requireNonNull(channels, "channels must not be null"));
  }

  @Override
  public void notify(Notification notification) {
    channels.forEach((name, channel) -> tell(name, channel, notification));
  }

  /** The channels' names, in order. */
  public Set<String> channels() {
    return channels.keySet();
  }

  /** How many times a channel threw. */
  public long failures() {
    return failures.get();
  }

  private void tell(String name, Notifier channel, Notification notification) {
    try {
      channel.notify(notification);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      failures.incrementAndGet();
      StackTraceElement[] trace = e.getStackTrace();
      log.error(
          "Notification channel '{}' failed: {} at {}",
          name,
          e.getClass().getName(),
          trace.length > 0 ? trace[0] : "unknown");
    }
  }
}
