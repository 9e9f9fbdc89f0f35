/** The engine: position book, rules on every change, one lane per slot, the procedure runner. */
package io.anchorkeeper.app.engine;
