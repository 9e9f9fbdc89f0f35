/** The owner's chat commands, independent of transport: parsing, validation and dispatch. */
package io.anchorkeeper.app.notify.command;
