/** Margin correction (SPEC 3.4): keeping a slot's isolated margin inside its band. */
package io.anchorkeeper.core.correction;
