/** The Anchor Keeper domain: pure Java, no dependencies beyond the JDK. */
package io.anchorkeeper.core;
