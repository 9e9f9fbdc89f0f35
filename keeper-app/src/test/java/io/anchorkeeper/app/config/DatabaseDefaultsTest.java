package io.anchorkeeper.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DatabaseDefaultsTest {

  private final StandardEnvironment environment = new StandardEnvironment();

  private void apply() {
    new DatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());
  }

  private void configure(Map<String, Object> properties, boolean asDefaultProperties) {
    MapPropertySource source =
        new MapPropertySource(asDefaultProperties ? "defaultProperties" : "test", properties);
    if (asDefaultProperties) {
      environment.getPropertySources().addLast(source);
    } else {
      environment.getPropertySources().addFirst(source);
    }
  }

  @Test
  void paperModeKeepsItsBookInAnInMemoryDatabaseOfItsOwn() {
    apply();

    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
    assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("sa");
  }

  @Test
  void demoModeUsesItsFileUnderData() {
    configure(Map.of("keeper.mode", "demo"), false);
    apply();

    assertThat(environment.getProperty("spring.datasource.url"))
        .startsWith("jdbc:h2:file:./data/keeper-demo");
  }

  @Test
  void aUrlGivenAsDefaultPropertiesIsNotShadowedByTheModesDefault() {
    configure(Map.of("keeper.mode", "demo", "spring.datasource.url", "jdbc:h2:mem:mine"), true);
    apply();
    // SpringApplication moves the default properties to the very end after the post-processors.
    var defaults = environment.getPropertySources().remove("defaultProperties");
    environment.getPropertySources().addLast(defaults);

    assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:mine");
    assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("sa");
  }

  @Test
  void aPostgresUrlGetsNoH2User() {
    configure(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/keeper"), false);
    apply();

    assertThat(environment.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/keeper");
    assertThat(environment.getProperty("spring.datasource.username")).isNull();
  }
}
