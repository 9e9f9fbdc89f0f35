/** Procedure identity and the client order ids derived from it. */
package io.anchorkeeper.core.procedure;
