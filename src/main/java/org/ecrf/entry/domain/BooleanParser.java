package org.ecrf.entry.domain;

import org.ecrf.crf.domain.DataType;

/** ODM boolean: {@code true}, {@code false}, {@code 1} or {@code 0}, exactly. */
final class BooleanParser implements ValueParser {

  @Override
  public ParseResult parse(String text) {
    if (!DataType.BOOLEAN.accepts(text)) {
      return ParseResult.refused(BuiltInText.NOT_A_BOOLEAN);
    }
    boolean value = text.equals("true") || text.equals("1");
    return ParseResult.accepted(new TypedValue.BooleanValue(value, text));
  }
}
