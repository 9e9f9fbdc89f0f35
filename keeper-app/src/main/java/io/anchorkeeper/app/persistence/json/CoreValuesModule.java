package io.anchorkeeper.app.persistence.json;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.function.Function;
import tools.jackson.databind.module.SimpleModule;

/**
 * Stored forms of keeper-core's value types, which carry no Jackson annotations of their own:
 * decimals ({@link Usdt}, {@link Price}, {@link Contracts}, {@link Leverage}, {@link Ratio} and
 * bare {@link BigDecimal}s) as strings in plain notation with their full precision and scale (never
 * rounded, never exponent notation), ids and names as their text. Everything else (records, enums,
 * {@code Optional}, {@code Instant}, {@code Duration}) uses Jackson's defaults as configured by
 * {@link CoreJsonCodec}.
 */
final class CoreValuesModule extends SimpleModule {

  CoreValuesModule() {
    super("anchor-keeper-core-values");
    text(BigDecimal.class, BigDecimal::toPlainString, BigDecimal::new);
    text(Usdt.class, v -> v.amount().toPlainString(), Usdt::of);
    text(Price.class, v -> v.value().toPlainString(), Price::of);
    text(Contracts.class, v -> v.value().toPlainString(), Contracts::of);
    text(Leverage.class, v -> v.value().toPlainString(), Leverage::of);
    text(Ratio.class, v -> v.value().toPlainString(), Ratio::of);
    text(ProcedureId.class, ProcedureId::value, ProcedureId::parse);
    text(ClientOrderId.class, ClientOrderId::value, ClientOrderId::parse);
    text(InstrumentId.class, InstrumentId::value, InstrumentId::of);
    text(AccountName.class, AccountName::value, AccountName::of);
  }

  private <T> void text(
      Class<T> type, Function<? super T, String> toText, Function<String, ? extends T> fromText) {
    addSerializer(type, new TextValueSerializer<>(type, toText));
    addDeserializer(type, new TextValueDeserializer<>(type, fromText));
  }
}
