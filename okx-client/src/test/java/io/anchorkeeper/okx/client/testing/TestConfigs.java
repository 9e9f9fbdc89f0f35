package io.anchorkeeper.okx.client.testing;

import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import java.time.Duration;

/** Configuration and credentials shared by the tests. */
public final class TestConfigs {
  /** The example secret of the OKX docs, also used by the signature vectors. */
  public static final String SECRET = "22582BD0CFF14C41EDBF1AB98506286D";

  public static final String PASSPHRASE = "Pass-phrase-42";

  private TestConfigs() {}

  /** A key per account number, all with the docs' secret. */
  public static OkxCredentials credentials(int account) {
    return OkxCredentials.of("api-key-" + account + "-0123456789abcdef", SECRET, PASSPHRASE);
  }

  /** The loopback server with short timeouts. */
  public static OkxConfig loopback(int port) {
    return OkxConfig.loopback(port).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }
}
