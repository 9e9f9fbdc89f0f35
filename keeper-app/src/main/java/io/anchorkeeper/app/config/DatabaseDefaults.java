package io.anchorkeeper.app.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database when none is configured: paper mode keeps its state in memory, as long as its
 * emulator lives (a fresh emulator must not meet an old book); demo and live each get their own H2
 * file under {@code ./data}. {@code SPRING_DATASOURCE_URL} (e.g. PostgreSQL) always wins.
 */
public final class DatabaseDefaults implements EnvironmentPostProcessor {

  /** Each paper keeper gets its own in-memory database, as it gets its own emulator. */
  static String paperUrl() {
    return "jdbc:h2:mem:keeper-paper-"
        + UUID.randomUUID().toString().substring(0, 8)
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String mode = environment.getProperty("keeper.mode", "paper").strip().toLowerCase(Locale.ROOT);
    String url =
        mode.equals("paper")
            ? paperUrl()
            : "jdbc:h2:file:./data/keeper-" + mode + ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000";
    // Only what is not configured: default properties (SpringApplication#setDefaultProperties)
    // come after this source, so a URL given there must not be shadowed by the mode's default.
    String configured = environment.getProperty("spring.datasource.url");
    Map<String, Object> defaults = new HashMap<>();
    if (configured == null) {
      defaults.put("spring.datasource.url", url);
    }
    boolean h2 = (configured == null ? url : configured).startsWith("jdbc:h2:");
    if (h2 && environment.getProperty("spring.datasource.username") == null) {
      defaults.put("spring.datasource.username", "sa");
    }
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("keeper-database-defaults", defaults));
  }
}
