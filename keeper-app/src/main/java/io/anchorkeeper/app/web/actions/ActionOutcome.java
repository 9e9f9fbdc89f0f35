package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.api.RecordDto;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * What became of a confirmed action, as the page shows it.
 *
 * @param procedureId the procedure that ran, runs, or keeps the slot busy
 * @param message the procedure's summary, the refusal's reason, or empty
 * @param record the procedure's record once it ended
 */
public record ActionOutcome(
    Kind kind, Optional<String> procedureId, Optional<String> message, Optional<RecordDto> record) {

  /** The kinds of outcome and the HTTP status each is answered with. */
  public enum Kind {
    /** The procedure completed within the wait. */
    COMPLETED(HttpStatus.OK),
    /** A setting or pause took effect. */
    APPLIED(HttpStatus.OK),
    /** Still running after the wait; its record arrives by the live stream. */
    RUNNING(HttpStatus.ACCEPTED),
    /** The slot runs another procedure. */
    BUSY(HttpStatus.CONFLICT),
    /** Refused before trading: invalid, unaffordable, or the position changed since confirming. */
    REFUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Failed after trading began; the record says what is left. */
    FAILED(HttpStatus.BAD_GATEWAY);

    private final HttpStatus status;

    Kind(HttpStatus status) {
      this.status = status;
    }

    public HttpStatus status() {
      return status;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ActionOutcome {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(procedureId, "procedureId must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(record, "record must not be null");
  }

  static ActionOutcome of(Kind kind, String procedureId, String message) {
    return new ActionOutcome(
        kind, Optional.ofNullable(procedureId), Optional.ofNullable(message), Optional.empty());
  }

  static ActionOutcome ended(RecordDto record) {
    Kind kind =
        switch (record.status()) {
          case "completed" -> Kind.COMPLETED;
          case "refused" -> Kind.REFUSED;
          default -> Kind.FAILED;
        };
    return new ActionOutcome(
        kind, Optional.of(record.id()), Optional.of(record.summary()), Optional.of(record));
  }
}
