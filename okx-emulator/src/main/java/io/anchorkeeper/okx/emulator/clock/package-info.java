/** The emulator's clock (real or virtual) and the scheduler that runs its periodic tasks. */
package io.anchorkeeper.okx.emulator.clock;
