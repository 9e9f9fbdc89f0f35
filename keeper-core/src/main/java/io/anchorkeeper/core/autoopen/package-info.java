/** Auto-open (SPEC 3.5): a fresh anchor for every configured slot without a position. */
package io.anchorkeeper.core.autoopen;
