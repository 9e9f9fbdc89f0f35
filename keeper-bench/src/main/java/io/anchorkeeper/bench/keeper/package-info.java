/**
 * The keeper as the scenarios run it: the real application in its own JVM, against the bench's
 * emulator, with a wire tap and a procedure listener that write the keeper's own timestamps to an
 * event file the driver reads.
 */
package io.anchorkeeper.bench.keeper;
