package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.config.KeeperProperties;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every dashboard page shows in its header: the mode (paper, demo, live). */
@ControllerAdvice(basePackages = "io.anchorkeeper.app.web")
class DashboardModel {

  private final KeeperProperties properties;

  DashboardModel(KeeperProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("keeperMode")
  String mode() {
    return properties.mode().name().toLowerCase(Locale.ROOT);
  }
}
