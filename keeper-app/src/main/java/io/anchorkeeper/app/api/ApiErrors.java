package io.anchorkeeper.app.api;

import io.anchorkeeper.app.engine.UnknownSlotException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps errors to RFC 9457 problem details; validation problems name their fields. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("errors", e.problems());
    return problem;
  }

  /** Invalid settings and other refused values; the message names the field. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalidValue(IllegalArgumentException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this endpoint");
    problem.setTitle("Invalid request");
    return problem;
  }

  @ExceptionHandler(UnknownSlotException.class)
  ProblemDetail unknownSlot(UnknownSlotException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Unknown slot");
    return problem;
  }
}
