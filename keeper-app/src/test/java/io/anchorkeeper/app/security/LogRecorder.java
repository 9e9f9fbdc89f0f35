package io.anchorkeeper.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Records every log line, as the configured levels let through, from the start of the first context
 * that names this initializer until the JVM ends. An initializer runs after Spring Boot has set up
 * logging (which would drop an appender attached earlier) and before any bean is made, so the
 * record holds everything the keeper logs while it starts.
 */
public final class LogRecorder
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final ListAppender<ILoggingEvent> APPENDER = new ListAppender<>();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    start();
  }

  static synchronized void start() {
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    if (!APPENDER.isStarted()) {
      APPENDER.setContext(root.getLoggerContext());
      APPENDER.start();
    }
    if (!root.isAttached(APPENDER)) {
      root.addAppender(APPENDER);
    }
  }

  /** Each line as it would be written: level, logger, message, then the stack trace if any. */
  public static List<String> lines() {
    List<ILoggingEvent> events;
    synchronized (APPENDER) {
      events = List.copyOf(APPENDER.list);
    }
    return events.stream()
        .map(
            e ->
                e.getLevel()
                    + " "
                    + e.getLoggerName()
                    + " ["
                    + e.getThreadName()
                    + "] "
                    + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }
}
