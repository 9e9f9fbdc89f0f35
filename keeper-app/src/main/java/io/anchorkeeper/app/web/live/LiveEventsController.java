package io.anchorkeeper.app.web.live;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /dashboard/events}: the page's server-sent event stream (see {@link LiveEvents}). */
@RestController
class LiveEventsController {

  private final LiveEvents events;

  LiveEventsController(LiveEvents events) {
    this.events = events;
  }

  @GetMapping(path = "/dashboard/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Accel-Buffering", "no");
    return events.open();
  }
}
