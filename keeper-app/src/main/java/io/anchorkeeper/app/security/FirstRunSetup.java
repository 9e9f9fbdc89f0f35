package io.anchorkeeper.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The first run: no default password ships. At start the configured owner is applied; when there is
 * still no owner, a random one-time code is made and the setup link carrying it is logged once, as
 * soon as the web server listens. The setup page accepts only that code and only while no owner
 * exists; creating the owner voids it. A restart without an owner makes a new code.
 */
public final class FirstRunSetup
    implements InitializingBean, ApplicationListener<WebServerInitializedEvent> {

  private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);
  private static final Set<String> WILDCARDS =
      Set.of("", "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

  private final OwnerAccount owner;
  private final KeeperSecurityProperties.Owner configured;
  private final Environment environment;
  private final AtomicBoolean announced = new AtomicBoolean();
  private volatile Optional<SetupCode> code = Optional.empty();

  public FirstRunSetup(
      OwnerAccount owner, KeeperSecurityProperties.Owner configured, Environment environment) {
    this.owner = Objects.requireNonNull(owner, "owner must not be null");
    this.configured = Objects.requireNonNull(configured, "configured must not be null");
    this.environment = Objects.requireNonNull(environment, "environment must not be null");
  }

  @Override
  public void afterPropertiesSet() {
    owner.applyConfigured(configured);
    if (!owner.exists()) {
      code = Optional.of(SetupCode.random());
    }
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() != null) {
      return;
    }
    Optional<SetupCode> current = code;
    if (current.isPresent() && announced.compareAndSet(false, true)) {
      log.warn(
          "No owner account yet. Choose the owner's username and password at {} (valid until an"
              + " owner exists; set KEEPER_SECURITY_OWNER_USERNAME and _PASSWORD instead to skip"
              + " this)",
          link(event.getWebServer().getPort(), current.get()));
    }
  }

  /** True while no owner exists and the setup link works. */
  public boolean pending() {
    return code.isPresent() && !owner.exists();
  }

  /** Whether {@code presented} is this run's code and no owner exists yet. */
  boolean accepts(String presented) {
    return code.map(c -> c.matches(presented)).orElse(false) && !owner.exists();
  }

  /**
   * Creates the owner if the code is right, no owner exists and the credentials pass the rules; the
   * code is void afterwards.
   *
   * @return what is wrong, empty when the owner was created
   */
  synchronized List<String> complete(
      String presented, String username, String password, String confirmation) {
    if (!accepts(presented)) {
      return List.of("this setup link is no longer valid");
    }
    List<String> problems = new ArrayList<>(CredentialRules.problems(username, password));
    if (problems.isEmpty() && !password.equals(confirmation)) {
      problems.add("the two passwords differ");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (!owner.create(username, password)) {
      return List.of("this setup link is no longer valid");
    }
    code = Optional.empty();
    log.info("owner account '{}' created through the first-run setup", username);
    return List.of();
  }

  private String link(int port, SetupCode setupCode) {
    String address = environment.getProperty("server.address", "127.0.0.1").strip();
    String host = WILDCARDS.contains(address) ? "127.0.0.1" : address;
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    boolean tls =
        (environment.containsProperty("server.ssl.bundle")
                || environment.containsProperty("server.ssl.key-store"))
            && environment.getProperty("server.ssl.enabled", Boolean.class, true);
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    return (tls ? "https://" : "http://")
        + host
        + ":"
        + port
        + contextPath
        + "/setup?code="
        + setupCode.value();
  }
}
