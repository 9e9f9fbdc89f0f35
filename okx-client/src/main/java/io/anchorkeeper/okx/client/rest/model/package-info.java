/** Raw OKX request and response records, named like OKX's fields; decimals are BigDecimal. */
package io.anchorkeeper.okx.client.rest.model;
