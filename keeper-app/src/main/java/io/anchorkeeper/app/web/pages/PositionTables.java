package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.engine.SlotView;
import java.util.List;

/**
 * The overview's two tables, main account and sub-accounts, filtered and sorted, with the choices
 * the filter offers.
 */
public record PositionTables(
    List<PositionDto> main,
    List<PositionDto> sub,
    List<String> accounts,
    List<String> instruments,
    PositionFilter filter) {

  public static PositionTables of(List<SlotView> views, PositionFilter filter) {
    List<PositionDto> all = views.stream().map(PositionDto::of).toList();
    List<PositionDto> shown =
        all.stream().filter(filter::matches).sorted(filter.comparator()).toList();
    return new PositionTables(
        shown.stream().filter(p -> p.accountKind().equals("main")).toList(),
        shown.stream().filter(p -> p.accountKind().equals("sub")).toList(),
        all.stream().map(PositionDto::accountName).distinct().sorted().toList(),
        all.stream().map(PositionDto::instId).distinct().sorted().toList(),
        filter);
  }
}
