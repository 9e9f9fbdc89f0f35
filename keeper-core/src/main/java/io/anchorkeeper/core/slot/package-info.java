/** Accounts, position sides and anchor slots: who holds which anchor. */
package io.anchorkeeper.core.slot;
