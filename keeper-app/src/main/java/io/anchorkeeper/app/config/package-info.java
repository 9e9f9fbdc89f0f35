/** Validated configuration: mode, accounts and their credentials, slots, settings. */
package io.anchorkeeper.app.config;
