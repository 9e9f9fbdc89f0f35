package io.anchorkeeper.okx.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.rest.model.AccountConfig;
import io.anchorkeeper.okx.client.rest.model.Balance;
import io.anchorkeeper.okx.client.rest.model.Candle;
import io.anchorkeeper.okx.client.rest.model.ClosePositionResult;
import io.anchorkeeper.okx.client.rest.model.Fill;
import io.anchorkeeper.okx.client.rest.model.Instrument;
import io.anchorkeeper.okx.client.rest.model.LeverageInfo;
import io.anchorkeeper.okx.client.rest.model.MarginBalanceResult;
import io.anchorkeeper.okx.client.rest.model.MarkPrice;
import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.rest.model.PositionTier;
import io.anchorkeeper.okx.client.rest.model.Ticker;
import io.anchorkeeper.okx.client.testing.Samples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every record reads OKX's real (or documented) JSON, with exact decimals and "" as absent. */
class SampleParsingTest {

  @Test
  void instrumentsKeepExactDecimalsAndToleratesANumericInstIdCode() {
    List<Instrument> instruments = items("rest-public-instruments-swap.json", Instrument::from);

    Instrument eth = instruments.get(1);
    assertThat(eth.instId()).isEqualTo("ETH-USDT-SWAP");
    assertThat(eth.ctVal()).contains(new BigDecimal("0.1"));
    assertThat(eth.lotSz()).contains(new BigDecimal("0.01"));
    assertThat(eth.maxMktSz()).contains(new BigDecimal("20000"));
    assertThat(eth.maxMktAmt()).isEmpty();
    assertThat(eth.expTime()).isEmpty();
    assertThat(eth.listTime()).contains(Instant.ofEpochMilli(1573557408000L));
    assertThat(eth.settleCcy()).isEqualTo("USDT");
  }

  @Test
  void anIsolatedHedgeModePositionReadsEveryFieldTheKeeperUses() {
    Position position =
        Position.from(
            OkxFields.of(
                OkxJson.parse(
                    Samples.read("rest-account-positions-isolated-eth-usdt-swap-item.json"))));

    assertThat(position.posSide()).isEqualTo("long");
    assertThat(position.mgnMode()).isEqualTo("isolated");
    assertThat(position.pos()).contains(new BigDecimal("1"));
    assertThat(position.margin()).contains(new BigDecimal("30.11"));
    assertThat(position.uplRatio()).contains(new BigDecimal("-0.0015277316506146"));
    assertThat(position.mmr()).contains(new BigDecimal("1.204216"));
    assertThat(position.liqPx()).contains(new BigDecimal("2722.159673530889"));
    assertThat(position.imr()).isEmpty();
    assertThat(position.fee()).contains(new BigDecimal("-0.15055"));
    assertThat(position.pTime()).isEmpty();
  }

  @Test
  void hedgeModeListHoldsBothSides() {
    List<Position> positions =
        items("rest-account-positions-hedge-long-short-synthetic.json", Position::from);

    assertThat(positions).extracting(Position::posSide).containsExactly("long", "short");
  }

  @Test
  void balanceReadsIsolatedEquityAndLeavesEmptyFieldsAbsent() {
    Balance balance = items("rest-account-balance.json", Balance::from).get(0);

    assertThat(balance.totalEq()).contains(new BigDecimal("99.88870288820581"));
    assertThat(balance.upl()).isEmpty();
    assertThat(balance.detail("USDT").orElseThrow().availBal())
        .contains(new BigDecimal("94.42612990333333"));
    assertThat(balance.detail("BTC")).isEmpty();
  }

  @Test
  void accountConfigTellsModes() {
    AccountConfig config = items("rest-account-config.json", AccountConfig::from).get(0);

    assertThat(config.acctLv()).isEqualTo("2");
    assertThat(config.posMode()).isEqualTo("long_short_mode");
    assertThat(config.ctIsoMode()).isEqualTo("automatic");
    assertThat(config.isSubAccount()).isFalse();
  }

  @Test
  void orderHistoryReadsFillsAndNegativeFees() {
    Order order = items("rest-trade-orders-history.json", Order::from).get(0);

    assertThat(order.state()).isEqualTo("filled");
    assertThat(order.accFillSz()).contains(new BigDecimal("0.03"));
    assertThat(order.avgPx()).contains(new BigDecimal("103698.9"));
    assertThat(order.fee()).contains(new BigDecimal("-0.021776769"));
    assertThat(order.px()).isEmpty();
    assertThat(order.reduceOnly()).contains(false);
    assertThat(order.clOrdId()).isEmpty();
  }

  @Test
  void fillsReadExecTypeAndFee() {
    Fill fill = items("rest-trade-fills-docs.json", Fill::from).get(0);

    assertThat(fill.execType()).isEqualTo("T");
    assertThat(fill.fee()).contains(new BigDecimal("-0.00000192834"));
    assertThat(fill.fillPx()).contains(new BigDecimal("51858"));
    assertThat(fill.subType()).isEqualTo("1");
  }

  @Test
  void candlesOfNineAndSixColumns() {
    List<Candle> trade = items("rest-market-candles.json", f -> Candle.fromRow(f.rowValues()));
    List<Candle> mark =
        items("rest-public-mark-price-candles-docs.json", f -> Candle.fromRow(f.rowValues()));

    assertThat(trade.get(0).c()).isEqualTo(new BigDecimal("33783.9"));
    assertThat(trade.get(0).vol()).contains(new BigDecimal("778.838"));
    assertThat(trade.get(0).confirm()).isFalse();
    assertThat(mark.get(0).vol()).isEmpty();
    assertThat(mark.get(0).confirm()).isFalse();
    assertThat(mark.get(1).confirm()).isTrue();
    assertThat(mark.get(1).h()).isEqualTo(new BigDecimal("3.799"));
  }

  @Test
  void smallEndpointsRead() {
    assertThat(items("rest-public-mark-price.json", MarkPrice::from).get(0).markPx())
        .contains(new BigDecimal("84660.1"));
    assertThat(items("rest-market-ticker-swap-docs.json", Ticker::from).get(0).bidPx())
        .contains(new BigDecimal("8888.88"));
    assertThat(items("rest-account-set-leverage-docs.json", LeverageInfo::from).get(0))
        .isEqualTo(
            new LeverageInfo(
                "BTC-USDT-SWAP", "isolated", "long", Optional.of(new BigDecimal("30"))));
    MarginBalanceResult margin =
        items("rest-account-position-margin-balance-docs.json", MarginBalanceResult::from).get(0);
    assertThat(margin.leverage()).isEmpty();
    assertThat(margin.amt()).contains(new BigDecimal("0.3"));
    assertThat(items("rest-trade-close-position-docs.json", ClosePositionResult::from).get(0))
        .isEqualTo(new ClosePositionResult("BTC-USDT-SWAP", "long", "", ""));
    assertThat(items("rest-public-position-tiers-margin.json", PositionTier::from).get(0).mmr())
        .contains(new BigDecimal("0.03"));
  }

  @Test
  void aFourOhFourBodyWithNumericCodeIsStillAnEnvelope() {
    Envelope envelope =
        Envelope.parse(Samples.read("rest-error-404-unknown-path.json")).orElseThrow();

    assertThat(envelope.code()).isEqualTo("404");
    assertThat(envelope.msg()).isEqualTo("Not Found");
    assertThat(envelope.data()).isEmpty();
  }

  @Test
  void bodiesThatAreNotEnvelopesAreRecognised() {
    assertThat(Envelope.parse("<html>502 Bad Gateway</html>")).isEmpty();
    assertThat(Envelope.parse("[]")).isEmpty();
    assertThat(Envelope.parse("{\"msg\":\"no code\"}")).isEmpty();
  }

  private static <T> List<T> items(String sample, Function<OkxFields, T> mapper) {
    return Envelope.parse(Samples.read(sample)).orElseThrow().data().stream().map(mapper).toList();
  }
}
