package org.ecrf.export.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.export.application.ExportOrder;
import org.ecrf.export.domain.ExportKind;
import org.ecrf.shared.InvalidInputException;

/** Reads an export order from query parameters or a JSON body, naming the field at fault. */
final class ExportOrders {

  private ExportOrders() {}

  static ExportOrder of(
      String study, String kind, String format, String site, String from, String to) {
    return new ExportOrder(
        study,
        kindOf(kind),
        Optional.ofNullable(format),
        Optional.ofNullable(site),
        date("from", from),
        date("to", to));
  }

  private static ExportKind kindOf(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new InvalidInputException("kind", "kind is required: ODM, SDTM or DEFINE");
    }
    try {
      return ExportKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "kind", "kind must be ODM, SDTM or DEFINE, not '" + kind + "'");
    }
  }

  private static Optional<LocalDate> date(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, field + " must be a date as YYYY-MM-DD, not '" + text + "'");
    }
  }
}
