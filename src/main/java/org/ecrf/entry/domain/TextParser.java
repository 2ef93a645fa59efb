package org.ecrf.entry.domain;

/**
 * ODM text and string, and the types the platform keeps as text (URI, the binary, duration and
 * incomplete types): any text is a value. Length and stored characters are checked separately.
 */
final class TextParser implements ValueParser {

  @Override
  public ParseResult parse(String text) {
    return ParseResult.accepted(new TypedValue.TextValue(text));
  }
}
