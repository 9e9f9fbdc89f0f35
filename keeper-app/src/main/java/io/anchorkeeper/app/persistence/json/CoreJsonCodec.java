package io.anchorkeeper.app.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.settings.SettingsOverrides;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form in which core types are stored: journal events (their type name is stored beside
 * them, see {@link JournalEventTypes}), procedure requests and reports, and settings overrides.
 *
 * <p>The form is this class's own, independent of the web layer's mapper, so reconfiguring the API
 * never changes stored data. Records are written by their component names; decimals as strings with
 * full precision ({@link CoreValuesModule}); an empty {@code Optional} is left out and read back as
 * empty; {@code Instant}s and {@code Duration}s as ISO-8601 text; enums by constant name. Unknown
 * properties are refused rather than silently dropped.
 */
public final class CoreJsonCodec {

  private final JsonMapper mapper =
      JsonMapper.builder()
          .addModule(new CoreValuesModule())
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .build();

  /** The event without its type; store {@link JournalEventTypes#nameOf} beside it. */
  public String writeEvent(JournalEvent event) {
    return mapper.writeValueAsString(event);
  }

  /** The event of the stored type {@code typeName} written by {@link #writeEvent}. */
  public JournalEvent readEvent(String typeName, String json) {
    return read(json, JournalEventTypes.typeNamed(typeName));
  }

  public String writeRequest(ProcedureRequest request) {
    return mapper.writeValueAsString(request);
  }

  public ProcedureRequest readRequest(String json) {
    return read(json, ProcedureRequest.class);
  }

  public String writeReport(ProcedureReport report) {
    return mapper.writeValueAsString(report);
  }

  public ProcedureReport readReport(String json) {
    return read(json, ProcedureReport.class);
  }

  public String writeOverrides(SettingsOverrides overrides) {
    return mapper.writeValueAsString(overrides);
  }

  public SettingsOverrides readOverrides(String json) {
    return read(json, SettingsOverrides.class);
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
