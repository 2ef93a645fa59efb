package org.ecrf.export.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CDISC Dataset-JSON 1.1 JSON schema (draft 2019-09, test resource {@code
 * export/format/dataset-json-1.1.schema.json}), for validating what {@link DatasetJsonFormat}
 * writes.
 */
public final class DatasetJsonSchema {

  private static final JsonSchema SCHEMA = load();

  private DatasetJsonSchema() {}

  /** The schema's complaints about the file, empty when it is valid. */
  public static Set<String> violations(byte[] json) {
    try {
      Set<ValidationMessage> messages = SCHEMA.validate(new ObjectMapper().readTree(json));
      return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema load() {
    try (InputStream in =
        DatasetJsonSchema.class.getResourceAsStream(
            "/export/format/dataset-json-1.1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
