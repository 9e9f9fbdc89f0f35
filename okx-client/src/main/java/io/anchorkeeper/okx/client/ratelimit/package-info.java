/** Client-side enforcement of OKX's per-endpoint limits, so OKX never has to answer 50011. */
package io.anchorkeeper.okx.client.ratelimit;
