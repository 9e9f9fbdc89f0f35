package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.value.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SettingsRepository}: the global overrides and the history of every change. */
abstract class SettingsRepositoryContract extends RepositoryContract {

  @Test
  void globalOverridesStartEmpty() {
    assertThat(settings.globalOverrides()).isEqualTo(SettingsOverrides.none());
    assertThat(settings.history(10)).isEmpty();
  }

  @Test
  void changingTheGlobalOverridesIsStoredAndAudited() {
    SettingsOverrides tighter = SettingsOverrides.builder().triggerLoss(Ratio.of("-0.08")).build();
    Instant at = clock.advance(Duration.ofMinutes(2));

    settings.setGlobalOverrides(tighter, "api:owner");

    assertThat(settings.globalOverrides()).isEqualTo(tighter);
    assertThat(settings.history(10))
        .containsExactly(
            new SettingsChange(
                settings.history(1).get(0).id(),
                SettingsScope.global(),
                "api:owner",
                SettingsOverrides.none(),
                tighter,
                at));
  }

  @Test
  void historyListsEveryScopeNewestFirstOrOneScope() {
    slots.ensure(SUB_LONG, AccountKind.SUB);
    SettingsOverrides every = CoreSamples.everyOverride();
    settings.setGlobalOverrides(every, "api:owner");
    clock.advance(Duration.ofSeconds(1));
    slots.setOverrides(SUB_LONG, every, "dashboard:owner");
    clock.advance(Duration.ofSeconds(1));
    settings.setGlobalOverrides(SettingsOverrides.none(), "telegram:owner");

    List<SettingsChange> all = settings.history(10);

    assertThat(all)
        .extracting(SettingsChange::changedBy)
        .containsExactly("telegram:owner", "dashboard:owner", "api:owner");
    assertThat(all.get(0).before()).isEqualTo(every);
    assertThat(all.get(0).after()).isEqualTo(SettingsOverrides.none());
    assertThat(settings.history(1))
        .extracting(SettingsChange::changedBy)
        .containsExactly("telegram:owner");
    assertThat(settings.history(SettingsScope.global(), 10))
        .extracting(SettingsChange::changedBy)
        .containsExactly("telegram:owner", "api:owner");
    assertThat(settings.history(SettingsScope.of(SUB_LONG), 10))
        .extracting(SettingsChange::scope)
        .containsExactly(SettingsScope.of(SUB_LONG));
  }

  @Test
  void aChangeThatCannotBeAuditedIsNotMade() {
    String tooLong = "x".repeat(65);

    assertThatThrownBy(() -> settings.setGlobalOverrides(CoreSamples.everyOverride(), tooLong))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(settings.globalOverrides()).isEqualTo(SettingsOverrides.none());
    assertThat(settings.history(10)).isEmpty();
  }
}
