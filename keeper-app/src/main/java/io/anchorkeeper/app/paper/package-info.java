/** Paper mode: the embedded emulator, its accounts and slots, started before the engine. */
package io.anchorkeeper.app.paper;
