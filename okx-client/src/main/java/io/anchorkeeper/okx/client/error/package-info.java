/**
 * The sealed family of OKX failures and the rules that map OKX codes and transport faults onto it.
 */
package io.anchorkeeper.okx.client.error;
