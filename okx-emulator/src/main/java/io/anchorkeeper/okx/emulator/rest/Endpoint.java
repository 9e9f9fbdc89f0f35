package io.anchorkeeper.okx.emulator.rest;

/** Handles one REST path; throws {@link io.anchorkeeper.okx.emulator.engine.OkxError} to reject. */
@FunctionalInterface
public interface Endpoint {

  ApiResponse handle(ApiRequest request);
}
