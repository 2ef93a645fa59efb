package org.ecrf.crf.odm;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.Alias;
import org.ecrf.crf.domain.FormalExpression;
import org.ecrf.crf.domain.LocalizedText;

/** Reads the recurring ODM shapes (TranslatedText, Alias, Yes/No, order numbers) of a tree. */
final class OdmValues {

  private OdmValues() {}

  /** The TranslatedTexts of a container element (Question, Description, Decode, edc:Help…). */
  static LocalizedText translations(Optional<OdmElement> container) {
    Map<String, String> texts = new LinkedHashMap<>();
    container.ifPresent(
        element ->
            element
                .children("TranslatedText")
                .forEach(
                    text ->
                        texts.putIfAbsent(
                            text.attribute(OdmNamespaces.XML, "lang").orElse(""),
                            text.text().strip())));
    return new LocalizedText(texts);
  }

  static List<Alias> aliases(OdmElement owner) {
    return owner.children("Alias").stream()
        .map(a -> new Alias(a.attributeOrEmpty("Context"), a.attributeOrEmpty("Name")))
        .toList();
  }

  static List<FormalExpression> formalExpressions(OdmElement owner) {
    return owner.children("FormalExpression").stream()
        .map(e -> FormalExpression.of(e.attributeOrEmpty("Context"), e.text().strip()))
        .toList();
  }

  /** True for the ODM value Yes. */
  static boolean yes(Optional<String> value) {
    return value.filter("Yes"::equals).isPresent();
  }

  /** The OrderNumber attribute, or the 1-based position among its siblings when absent. */
  static int orderNumber(OdmElement ref, int index) {
    return ref.attribute("OrderNumber").flatMap(OdmValues::integer).orElse(index + 1);
  }

  static Optional<Integer> integer(String text) {
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A whitespace-separated list attribute; empty list when absent or blank. */
  static List<String> tokens(Optional<String> value) {
    return value
        .map(String::trim)
        .filter(text -> !text.isEmpty())
        .map(text -> Arrays.asList(text.split("\\s+")))
        .orElse(List.of());
  }
}
