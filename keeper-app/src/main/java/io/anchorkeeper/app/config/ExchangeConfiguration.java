package io.anchorkeeper.app.config;

import io.anchorkeeper.app.okx.OkxAccount;
import io.anchorkeeper.app.okx.OkxAccounts;
import io.anchorkeeper.app.okx.OkxAdapterSettings;
import io.anchorkeeper.app.okx.OkxConnections;
import io.anchorkeeper.app.okx.OkxExchange;
import io.anchorkeeper.app.okx.OkxFeed;
import io.anchorkeeper.app.paper.PaperAccount;
import io.anchorkeeper.app.paper.PaperExchange;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.WireTap;
import io.anchorkeeper.okx.client.ratelimit.RateLimitListener;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The exchange for the mode: in paper mode the embedded emulator on a loopback port, in demo and
 * live OKX itself; either way the same OKX client and adapter, with the accounts' keys from the
 * emulator (paper) or the environment (demo, live).
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "keeper.mode", havingValue = "paper", matchIfMissing = true)
  PaperExchange paperExchange(KeeperProperties properties) {
    return PaperExchange.start(properties.paper());
  }

  @Bean
  RetryPolicy retryPolicy(KeeperProperties properties) {
    RetryPolicy d = RetryPolicy.DEFAULT;
    return new RetryPolicy(
        d.transientAttempts(),
        d.backoff(),
        d.maxBackoff(),
        properties.okx().orderExpiry(),
        d.settleWait(),
        d.settleChecks());
  }

  @Bean
  OkxConfig okxConfig(
      KeeperProperties properties,
      ObjectProvider<PaperExchange> paper,
      ObjectProvider<RateLimitListener> rateLimits) {
    OkxConfig mode =
        switch (properties.mode()) {
          case PAPER -> OkxConfig.loopback(paper.getObject().port());
          case DEMO -> OkxConfig.demoTrading();
          case LIVE -> OkxConfig.live();
        };
    // ops: the rate-limit waits become Prometheus meters (ops.RateLimitMetrics) when present.
    OkxConfig base =
        rateLimits.stream()
            .findFirst()
            .map(l -> mode.withRateLimits(mode.timeSource(), mode.rateLimitPadding(), l))
            .orElse(mode);
    KeeperProperties.Okx okx = properties.okx();
    if (okx.restUrl().isEmpty() && okx.wsPublicUrl().isEmpty() && okx.wsPrivateUrl().isEmpty()) {
      return base;
    }
    return base.withUrls(
        okx.restUrl().map(URI::create).orElse(base.restBaseUrl()),
        okx.wsPublicUrl().map(URI::create).orElse(base.publicWsUrl()),
        okx.wsPrivateUrl().map(URI::create).orElse(base.privateWsUrl()));
  }

  @Bean(destroyMethod = "close")
  OkxClientFactory okxClientFactory(OkxConfig config, ObjectProvider<WireTap> tap) {
    // keeper-bench registers a tap to take the keeper's own timestamps; nobody else does.
    return new OkxClientFactory(config, tap.getIfAvailable(() -> WireTap.NONE));
  }

  @Bean
  OkxAccounts okxAccounts(
      KeeperProperties properties, ObjectProvider<PaperExchange> paper, Environment environment) {
    if (properties.mode() == KeeperMode.PAPER) {
      return OkxAccounts.of(
          paper.getObject().accounts().stream().map(ExchangeConfiguration::okxAccount).toList());
    }
    if (properties.accounts().isEmpty()) {
      throw new IllegalArgumentException(
          properties.mode().name().toLowerCase(Locale.ROOT)
              + " mode needs keeper.accounts (name, kind, credentials) and their keys in the"
              + " environment");
    }
    // Spring's environment holds the process environment and, besides, a secrets file imported
    // with spring.config.import (and a test's properties): the same variable names either way.
    EnvironmentCredentials credentials = new EnvironmentCredentials(environment::getProperty);
    List<OkxAccount> accounts =
        properties.accounts().stream()
            .map(
                a ->
                    new OkxAccount(
                        AccountName.of(a.name()),
                        kind(a),
                        credentials.read(a.name(), a.credentials())))
            .toList();
    return OkxAccounts.of(accounts);
  }

  private static AccountKind kind(KeeperProperties.Account account) {
    switch (account.kind().strip().toLowerCase(Locale.ROOT)) {
      case "main":
        return AccountKind.MAIN;
      case "sub":
        return AccountKind.SUB;
      default:
        throw new IllegalArgumentException(
            "keeper.accounts["
                + account.name()
                + "].kind must be main or sub, was '"
                + account.kind()
                + "'");
    }
  }

  private static OkxAccount okxAccount(PaperAccount account) {
    return new OkxAccount(account.name(), account.kind(), account.credentials());
  }

  @Bean(destroyMethod = "close")
  OkxConnections okxConnections(
      OkxClientFactory factory,
      OkxAccounts accounts,
      RetryPolicy retry,
      KeeperProperties properties) {
    OkxAdapterSettings settings =
        OkxAdapterSettings.forRetryPolicy(retry)
            .withPushWait(properties.okx().orderConfirmTimeout());
    OkxConnections connections = new OkxConnections(factory, accounts, settings);
    connections.loadInstruments();
    ModeBanner.announce(
        properties.mode(), factory.config().restBaseUrl().toString(), accounts.all().size());
    return connections;
  }

  @Bean
  OkxExchange okxExchange(OkxConnections connections) {
    return new OkxExchange(connections);
  }

  @Bean
  OkxFeed okxFeed(OkxConnections connections, KeeperProperties properties) {
    return properties.engine().feed() == KeeperProperties.FeedMode.POLLING
        ? OkxFeed.polling(connections)
        : new OkxFeed(connections);
  }
}
