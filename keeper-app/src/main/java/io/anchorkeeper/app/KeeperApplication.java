package io.anchorkeeper.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Anchor Keeper. Read next: {@code EngineConfiguration}, which wires the engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KeeperApplication {

  public static void main(String[] args) {
    SpringApplication.run(KeeperApplication.class, args);
  }
}
