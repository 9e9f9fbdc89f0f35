/** Take-profit (SPEC 3.6): closing part or all of an anchor in profit. */
package io.anchorkeeper.core.takeprofit;
