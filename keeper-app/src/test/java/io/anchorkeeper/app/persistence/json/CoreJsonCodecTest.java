package io.anchorkeeper.app.persistence.json;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.app.persistence.CoreSamples;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.journal.LeverageSet;
import io.anchorkeeper.core.journal.TrimDecided;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CoreJsonCodecTest {

  private final CoreJsonCodec codec = new CoreJsonCodec();
  private final JsonMapper plain = JsonMapper.builder().build();
  private final ProcedureRequest request =
      CoreSamples.superMaintenance(AnchorSlot.sub(SUB_LONG, 1));

  @Test
  void everyJournalEventSurvivesARoundTripUnderItsStoredName() {
    for (JournalEvent event : CoreSamples.everyEventType(request)) {
      String json = codec.writeEvent(event);

      JournalEvent back = codec.readEvent(JournalEventTypes.nameOf(event), json);

      assertThat(back).as(json).isEqualTo(event);
    }
  }

  @Test
  void theSamplesCoverEveryEventTypeAndEveryTypeHasItsOwnName() {
    Set<Class<?>> sampled =
        CoreSamples.everyEventType(request).stream()
            .map(Object::getClass)
            .collect(Collectors.toSet());
    Set<Class<?>> sealed = Set.of(JournalEvent.class.getPermittedSubclasses());

    assertThat(sampled).isEqualTo(sealed);
    assertThat(JournalEventTypes.names()).doesNotHaveDuplicates().hasSize(sealed.size());
    for (String name : JournalEventTypes.names()) {
      assertThat(JournalEventTypes.nameOf(JournalEventTypes.typeNamed(name))).isEqualTo(name);
    }
  }

  @Test
  void storedDataNamesNoJavaClass() {
    String all =
        CoreSamples.everyEventType(request).stream()
            .map(codec::writeEvent)
            .collect(Collectors.joining());

    assertThat(all).doesNotContain("io.anchorkeeper").doesNotContain("@class");
  }

  @Test
  void requestsSurviveARoundTripWithAndWithoutTheirOptionalFields() {
    ProcedureRequest bare =
        CoreSamples.ruleRequest(ProcedureType.MARGIN_CORRECTION, AnchorSlot.sub(SUB_LONG, 2), T0);

    assertThat(codec.readRequest(codec.writeRequest(request))).isEqualTo(request);
    assertThat(codec.readRequest(codec.writeRequest(bare))).isEqualTo(bare);
  }

  @Test
  void reportsSurviveARoundTripWithFullPrecision() {
    Instant end = T0.plusSeconds(30);
    List<ProcedureReport> reports =
        List.of(
            CoreSamples.completedMaintenance(request, end),
            CoreSamples.correction(request, end),
            CoreSamples.refused(request, end));

    for (ProcedureReport report : reports) {
      ProcedureReport back = codec.readReport(codec.writeReport(report));

      assertThat(back).isEqualTo(report);
      assertThat(back.totalFees().amount()).isEqualByComparingTo(report.totalFees().amount());
      assertThat(back.feeRate()).isEqualTo(report.feeRate());
    }
  }

  @Test
  void settingsOverridesSurviveARoundTripAndNoneIsAnEmptyObject() {
    SettingsOverrides every = CoreSamples.everyOverride();

    assertThat(codec.readOverrides(codec.writeOverrides(every))).isEqualTo(every);
    assertThat(codec.writeOverrides(SettingsOverrides.none())).isEqualTo("{}");
    assertThat(codec.readOverrides("{}")).isEqualTo(SettingsOverrides.none());
  }

  @Test
  void decimalsAreStringsThatKeepEveryDigitAndTheirScale() {
    ProcedureReport report = CoreSamples.completedMaintenance(request, T0);
    JsonNode tree = plain.readTree(codec.writeReport(report));

    JsonNode close = tree.get("orders").get(0).get("report");
    assertThat(close.get("feePaid").isString()).isTrue();
    assertThat(close.get("feePaid").asString()).isEqualTo("0.0050406000000000000000001");
    assertThat(tree.get("request").get("targetMargin").asString()).isEqualTo("10.00");
    assertThat(tree.get("tradedNotional").asString()).isEqualTo("1909.887600000000000000001");
  }

  @Test
  void emptyOptionalsAreLeftOutAndTimesAreIsoText() {
    TrimDecided noTrim =
        new TrimDecided(
            Optional.empty(),
            Contracts.of("120"),
            Optional.empty(),
            Price.of("0.08405"),
            Instant.parse("2026-03-01T08:00:07.123456789Z"));

    JsonNode tree = plain.readTree(codec.writeEvent(noTrim));

    assertThat(tree.has("trimSize")).isFalse();
    assertThat(tree.has("note")).isFalse();
    assertThat(tree.get("at").asString()).isEqualTo("2026-03-01T08:00:07.123456789Z");
  }

  @Test
  void readsAnExplicitNullOptionalAsEmpty() {
    JournalEvent read =
        codec.readEvent(
            "trim_decided",
            "{\"trimSize\":null,\"remaining\":\"120\",\"note\":null,\"mark\":\"0.08405\","
                + "\"at\":\"2026-03-01T08:00:07Z\"}");

    assertThat(read)
        .isEqualTo(
            new TrimDecided(
                Optional.empty(),
                Contracts.of("120"),
                Optional.empty(),
                Price.of("0.08405"),
                Instant.parse("2026-03-01T08:00:07Z")));
  }

  @Test
  void readsTheStoredFormatOfVersionOne() {
    String settled =
        """
        {"step":1,"purpose":"CLOSE_OLD","at":"2026-03-01T08:00:01Z","report":{
          "clientOrderId":"%s","exchangeOrderId":"2718281828","state":"FILLED",
          "requested":"120","filled":"120","averagePrice":"0.08401","fillCount":3,
          "feePaid":"0.0050406","realisedPnl":"-1.0812"}}
        """
            .formatted(request.id().value() + "0101");
    String overrides =
        """
        {"leverage":"10","subTargetMargins":["10","10","20"],"reconcileInterval":"PT5M",
         "takeProfitEnabled":false,"maxMaintenances":3}
        """;

    JournalEvent event = codec.readEvent("order_settled", settled);
    SettingsOverrides read = codec.readOverrides(overrides);

    assertThat(plain.readTree(codec.writeEvent(event))).isEqualTo(plain.readTree(settled));
    assertThat(read)
        .isEqualTo(
            SettingsOverrides.builder()
                .leverage(Leverage.of(10))
                .subTargetMargins(List.of(Usdt.of(10), Usdt.of(10), Usdt.of(20)))
                .reconcileInterval(Duration.ofMinutes(5))
                .takeProfitEnabled(false)
                .maxMaintenances(3)
                .build());
  }

  @Test
  void refusesUnknownTypeNamesAndUnknownProperties() {
    assertThatThrownBy(() -> codec.readEvent("order_teleported", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order_teleported");
    assertThatThrownBy(
            () ->
                codec.readEvent(
                    "leverage_set",
                    "{\"leverage\":\"10\",\"at\":\"2026-03-01T08:00:00Z\",\"colour\":\"red\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void refusesDecimalsWrittenAsNumbersAndValuesTheCoreRefuses() {
    assertThatThrownBy(
            () ->
                codec.readEvent(
                    "leverage_set", "{\"leverage\":10,\"at\":\"2026-03-01T08:00:00Z\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("JSON string");
    assertThatThrownBy(
            () ->
                codec.readEvent(
                    "leverage_set", "{\"leverage\":\"0.5\",\"at\":\"2026-03-01T08:00:00Z\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("leverage must be at least 1");
    assertThatThrownBy(() -> codec.readEvent("leverage_set", "{\"leverage\":\"10\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at must not be null");
  }

  @Test
  void leverageSetIsWrittenAsItsTwoFields() {
    String json = codec.writeEvent(new LeverageSet(Leverage.of("10"), T0));

    assertThat(plain.readTree(json))
        .isEqualTo(plain.readTree("{\"leverage\":\"10\",\"at\":\"2026-03-01T08:00:00.123456Z\"}"));
  }
}
