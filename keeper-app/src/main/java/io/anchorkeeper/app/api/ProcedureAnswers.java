package io.anchorkeeper.app.api;

import io.anchorkeeper.app.engine.Submission;
import io.anchorkeeper.core.record.ProcedureReport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Turns a submission into an HTTP answer: the record once the procedure ends (200 completed, 422
 * refused before trading, 502 failed after trading began), 202 with the id when it runs longer than
 * the wait, 409 with the running procedure's id when the slot is busy, 400 when refused.
 */
final class ProcedureAnswers {

  private ProcedureAnswers() {}

  static ResponseEntity<?> answer(Submission submission, Duration wait) {
    if (submission instanceof Submission.Busy busy) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              "the slot is busy with procedure " + busy.running() + "; try again when it ends");
      problem.setTitle("Slot busy");
      problem.setProperty("running_procedure", busy.running().value());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    if (submission instanceof Submission.Refused refused) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.reason());
      problem.setTitle("Request refused");
      return ResponseEntity.badRequest().body(problem);
    }
    Submission.Started started = (Submission.Started) submission;
    try {
      ProcedureReport report = started.done().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return ResponseEntity.status(status(report)).body(RecordDto.of(report));
    } catch (TimeoutException e) {
      return ResponseEntity.accepted()
          .location(URI.create("/api/procedures/" + started.id().value()))
          .body(Map.of("procedure_id", started.id().value(), "status", "running"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ResponseEntity.accepted()
          .body(Map.of("procedure_id", started.id().value(), "status", "running"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("procedure " + started.id() + " ended abnormally", e);
    }
  }

  private static HttpStatus status(ProcedureReport report) {
    switch (report.status()) {
      case COMPLETED:
        return HttpStatus.OK;
      case REFUSED:
        return HttpStatus.UNPROCESSABLE_CONTENT;
      default:
        return HttpStatus.BAD_GATEWAY;
    }
  }
}
