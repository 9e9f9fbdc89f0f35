/** Who may use the keeper: the owner's login, first-run setup, API tokens and the web's guards. */
package io.anchorkeeper.app.security;
