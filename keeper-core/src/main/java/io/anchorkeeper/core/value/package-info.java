/**
 * Value types for money, prices, sizes, leverage and ratios: {@code BigDecimal} inside, validated
 * on construction, with every rounding named at the call site.
 */
package io.anchorkeeper.core.value;
