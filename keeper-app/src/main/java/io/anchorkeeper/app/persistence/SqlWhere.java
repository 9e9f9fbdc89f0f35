package io.anchorkeeper.app.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code where} clause built from optional filters. Column names come from code, values are
 * always bound as parameters, so a filter value can never change the statement.
 */
final class SqlWhere {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** {@code column = value} when the value is present. */
  SqlWhere equal(String column, Optional<?> value) {
    value.ifPresent(v -> add(column + " = :%s", v));
    return this;
  }

  /** {@code column in (values)} when there are values; no condition when there are none. */
  SqlWhere in(String column, Collection<?> values) {
    if (!values.isEmpty()) {
      add(column + " in (:%s)", List.copyOf(values));
    }
    return this;
  }

  /** {@code column in (names)} of the constants when there are any; enums are stored by name. */
  SqlWhere inNames(String column, Collection<? extends Enum<?>> constants) {
    return in(column, constants.stream().map(Enum::name).toList());
  }

  /** {@code column >= from} when {@code from} is present. */
  SqlWhere atOrAfter(String column, Optional<Instant> from) {
    from.ifPresent(t -> add(column + " >= :%s", Columns.timestamp(t)));
    return this;
  }

  /** {@code column < until} when {@code until} is present. */
  SqlWhere before(String column, Optional<Instant> until) {
    until.ifPresent(t -> add(column + " < :%s", Columns.timestamp(t)));
    return this;
  }

  /** The clause with a leading space, or an empty string when nothing filters. */
  String clause() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }

  private void add(String condition, Object value) {
    String name = "filter" + (params.size() + 1);
    conditions.add(String.format(condition, name));
    params.put(name, value);
  }
}
