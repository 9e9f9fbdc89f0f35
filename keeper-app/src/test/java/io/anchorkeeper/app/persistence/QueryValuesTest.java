package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The small values the repositories take: queries and settings scopes. */
class QueryValuesTest {

  @Test
  void aQueryLimitIsBetweenOneAndOneThousand() {
    assertThat(ProcedureQuery.newest(1000).limit()).isEqualTo(1000);
    assertThatThrownBy(() -> ProcedureQuery.newest(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be between 1 and 1000, was 0");
    assertThatThrownBy(() -> AlertQuery.newest(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 1001");
  }

  @Test
  void aTimeRangeMustBeginBeforeItEnds() {
    assertThatThrownBy(() -> ProcedureQuery.newest(5).between(T0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be before until");
    assertThatThrownBy(() -> AlertQuery.newest(5).between(T0.plusSeconds(1), T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsScopesReadBackFromTheirKeys() {
    assertThat(SettingsScope.of(SUB_LONG).key()).isEqualTo("Wu666666/CRO-USDT-SWAP/long");
    assertThat(SettingsScope.parse(SettingsScope.of(SUB_LONG).key()))
        .isEqualTo(SettingsScope.of(SUB_LONG));
    assertThat(SettingsScope.parse("global")).isEqualTo(SettingsScope.global());
    assertThatThrownBy(() -> SettingsScope.parse("Wu666666/CRO-USDT-SWAP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Wu666666/CRO-USDT-SWAP");
  }
}
