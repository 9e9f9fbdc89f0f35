package io.anchorkeeper.app.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP API's settings.
 *
 * @param procedureWait how long a manual maintenance request waits for the record before it is
 *     answered 202 with the procedure's id
 */
@ConfigurationProperties("keeper.api")
public record ApiProperties(@DefaultValue("90s") Duration procedureWait) {}
