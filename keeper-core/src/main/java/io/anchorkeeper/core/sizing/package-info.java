/** Turning USDT amounts into contract sizes, rounding to lots and splitting large market orders. */
package io.anchorkeeper.core.sizing;
