package io.anchorkeeper.app.web.live;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.web.DashboardProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live stream's single instance, shared by every open page. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

  @Bean
  LiveEvents liveEvents(
      KeeperEngine engine,
      ProcedureRunner runner,
      DashboardFeed feed,
      DashboardProperties properties) {
    return new LiveEvents(engine, runner, feed, properties);
  }
}
