/** The keeper's parameters (SPEC section 4): validated defaults and per-slot overrides. */
package io.anchorkeeper.core.settings;
