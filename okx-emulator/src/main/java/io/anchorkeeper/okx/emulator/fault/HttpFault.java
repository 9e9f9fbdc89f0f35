package io.anchorkeeper.okx.emulator.fault;

import java.util.Optional;

/**
 * What the fault plans do to one HTTP request: a delay, an error answer instead of handling it, or
 * an error answer (or a dropped connection) after handling it.
 */
public record HttpFault(long latencyMs, Optional<FaultRule> instead, Optional<FaultRule> after) {

  public static final HttpFault NONE = new HttpFault(0, Optional.empty(), Optional.empty());
}
