package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects every schema error without stopping, and rewrites the validator's messages
 * ("cvc-complex-type.2.4.a: Invalid content was found …") into sentences a study builder
 * understands. A value error the validator reports twice (the facet, then the attribute) becomes
 * one message naming the attribute, the element and what is allowed.
 *
 * <p>{@link OdmSchema} asks the validator for English messages. Should a validator ignore that and
 * word its messages in the JVM's language, the rewriting still works for languages that keep the
 * argument order (German, French…): it relies only on the message code ({@code cvc-attribute.3})
 * and the quoted arguments. A message whose code is not known here, or whose arguments cannot be
 * told apart, is passed on as the validator wrote it.
 */
final class SchemaMessages implements ErrorHandler {

  /** One schema error at a position. {@code constraint} names a violated xs:unique, if any. */
  record Problem(int line, int column, String message, String constraint) {}

  /** A validator message: its code, its single-quoted arguments in order, and its text. */
  private record Raw(String code, List<String> args, String text) {

    private static final Pattern CODE = Pattern.compile("(?s)^(cvc-[a-zA-Z0-9.-]+)\\s*:\\s*(.*)$");

    /** A quote that opens or closes an argument, not an elision as in French "l'attribut". */
    private static final Pattern QUOTED = Pattern.compile("(?<!\\p{L})'([^']*)'(?!\\p{L})");

    static Raw of(String message) {
      Matcher code = CODE.matcher(message);
      String text = code.matches() ? code.group(2) : message;
      List<String> args = new ArrayList<>();
      Matcher quoted = QUOTED.matcher(text);
      while (quoted.find()) {
        args.add(quoted.group(1));
      }
      return new Raw(code.matches() ? code.group(1) : "", List.copyOf(args), text);
    }

    boolean isFacet() {
      return FACETS.contains(code);
    }

    boolean has(int count) {
      return args.size() >= count;
    }

    String arg(int index) {
      String value = args.get(index);
      return value.startsWith("{")
              && value.endsWith("}")
              && value.indexOf('}') == value.length() - 1
          ? value.substring(1, value.length() - 1)
          : value;
    }
  }

  private static final Set<String> FACETS =
      Set.of(
          "cvc-enumeration-valid",
          "cvc-pattern-valid",
          "cvc-maxInclusive-valid",
          "cvc-minInclusive-valid",
          "cvc-maxExclusive-valid",
          "cvc-minExclusive-valid",
          "cvc-maxLength-valid",
          "cvc-minLength-valid",
          "cvc-length-valid",
          "cvc-datatype-valid.1.2.1",
          "cvc-datatype-valid.1.2.3",
          "cvc-totalDigits-valid",
          "cvc-fractionDigits-valid");

  /** Messages that repeat a facet error just reported at the same place, naming its owner. */
  private static final Set<String> VALUE_OWNERS = Set.of("cvc-attribute.3", "cvc-type.3.1.3");

  private static final Pattern ODM_NS =
      Pattern.compile("\"" + Pattern.quote(OdmNamespaces.ODM) + "\":");
  private static final Pattern EDC_NS =
      Pattern.compile("\"" + Pattern.quote(OdmNamespaces.EDC) + "\":");
  private static final Pattern OTHER_NS = Pattern.compile("\"([^\"]+)\":");
  private static final Pattern DUPLICATE_VALUE = Pattern.compile("\\[(.*)\\]");
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final List<Problem> problems = new ArrayList<>();
  private Raw pendingFacet;
  private int pendingLine;
  private int pendingColumn;

  @Override
  public void warning(SAXParseException e) {
    // schema warnings concern the schema documents, not the file
  }

  @Override
  public void error(SAXParseException e) {
    add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
  }

  @Override
  public void fatalError(SAXParseException e) {
    add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
  }

  /** The problems collected so far, each rewritten. */
  List<Problem> problems() {
    flushPending();
    return List.copyOf(problems);
  }

  void add(int line, int column, String message) {
    Raw raw = Raw.of(readableNames(message == null ? "Schema error." : message));
    if (raw.isFacet()) {
      flushPending();
      pendingFacet = raw;
      pendingLine = line;
      pendingColumn = column;
      return;
    }
    boolean pendingHere = pendingFacet != null && pendingLine == line && pendingColumn == column;
    String allowed = "";
    if (pendingHere && VALUE_OWNERS.contains(raw.code())) {
      allowed = explanation(pendingFacet);
      pendingFacet = null;
    } else {
      flushPending();
    }
    problems.add(new Problem(line, column, sentence(raw, allowed), constraint(raw)));
  }

  private void flushPending() {
    if (pendingFacet != null) {
      String value = pendingFacet.has(1) ? " '" + pendingFacet.arg(0) + "'" : "";
      String explanation = explanation(pendingFacet);
      String message =
          explanation.isEmpty() ? pendingFacet.text() : "Invalid value" + value + explanation + ".";
      problems.add(new Problem(pendingLine, pendingColumn, message, ""));
      pendingFacet = null;
    }
  }

  private static String readableNames(String message) {
    String named = ODM_NS.matcher(message).replaceAll("");
    named = EDC_NS.matcher(named).replaceAll("edc:");
    return OTHER_NS.matcher(named).replaceAll("{$1}");
  }

  private static String sentence(Raw raw, String allowed) {
    switch (raw.code()) {
      case "cvc-complex-type.2.4.a":
        return raw.has(2)
            ? "Element " + raw.arg(0) + " is not allowed here; expected " + list(raw.arg(1)) + "."
            : raw.text();
      case "cvc-complex-type.2.4.d":
        return raw.has(1)
            ? "Element " + raw.arg(0) + " is not allowed here (no further element may follow)."
            : raw.text();
      case "cvc-complex-type.2.4.b":
        return raw.has(2)
            ? "Element " + raw.arg(0) + " is incomplete: it still needs " + list(raw.arg(1)) + "."
            : raw.text();
      case "cvc-complex-type.4":
        return raw.has(2) ? raw.arg(1) + " needs the attribute " + raw.arg(0) + "." : raw.text();
      case "cvc-complex-type.3.2.2":
        return raw.has(2)
            ? raw.arg(1) + " does not allow the attribute " + raw.arg(0) + "."
            : raw.text();
      default:
        return valueSentence(raw, allowed);
    }
  }

  private static String valueSentence(Raw raw, String allowed) {
    switch (raw.code()) {
      case "cvc-attribute.3":
        return raw.has(3)
            ? String.format(
                "The value '%s' of attribute %s on %s is not allowed%s.",
                raw.arg(0), raw.arg(1), raw.arg(2), allowed)
            : raw.text();
      case "cvc-type.3.1.3":
        return raw.has(2)
            ? String.format(
                "The text '%s' of element %s is not allowed%s.", raw.arg(0), raw.arg(1), allowed)
            : raw.text();
      case "cvc-complex-type.2.3":
        return raw.has(1)
            ? "Element " + raw.arg(0) + " contains text where only elements are allowed."
            : raw.text();
      case "cvc-elt.1.a":
        return raw.has(1)
            ? "The root element " + raw.arg(0) + " is not an ODM 1.3 element."
            : raw.text();
      case "cvc-identity-constraint.4.1":
        return duplicateSentence(raw);
      default:
        return raw.text();
    }
  }

  /** Duplicate unique value [V] … "UC-…" … "Element": the constraint is the UC- one. */
  private static String duplicateSentence(Raw raw) {
    Matcher value = DUPLICATE_VALUE.matcher(raw.text());
    List<String> quoted = doubleQuoted(raw.text());
    String constraint = constraint(raw);
    List<String> others = quoted.stream().filter(q -> !q.equals(constraint)).toList();
    if (!value.find() || constraint.isEmpty() || others.size() != 1) {
      return raw.text();
    }
    return String.format(
        "The value %s occurs twice in %s, where it must be unique (ODM constraint %s).",
        value.group(1), others.get(0), constraint);
  }

  private static String constraint(Raw raw) {
    if (!"cvc-identity-constraint.4.1".equals(raw.code())) {
      return "";
    }
    return doubleQuoted(raw.text()).stream()
        .filter(q -> q.startsWith("UC-"))
        .findFirst()
        .orElse("");
  }

  private static List<String> doubleQuoted(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = DOUBLE_QUOTED.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** "{Role, Alias, edc:Help}" as "Role or Alias or edc:Help". */
  private static String list(String names) {
    return names.replace("{", "").replace("}", "").replace(", ", " or ").strip();
  }

  /** What the facet allows, as a bracketed remark; empty when it cannot be said. */
  private static String explanation(Raw facet) {
    String code = facet.code();
    if ("cvc-enumeration-valid".equals(code) && facet.has(2)) {
      return " (allowed: " + facet.arg(1).replace("[", "").replace("]", "") + ")";
    }
    if (code.matches("cvc-(max|min)(In|Ex)clusive-valid") && facet.has(2)) {
      String relation = code.startsWith("cvc-max") ? "at most " : "at least ";
      if (code.contains("Exclusive")) {
        relation = code.startsWith("cvc-max") ? "below " : "above ";
      }
      return " (must be " + relation + facet.arg(1) + ")";
    }
    if (code.startsWith("cvc-datatype-valid") && facet.has(2)) {
      return " (not a valid " + facet.arg(1) + ")";
    }
    if ("cvc-maxLength-valid".equals(code) && facet.has(3)) {
      return " (at most " + facet.arg(2) + " characters)";
    }
    if ("cvc-minLength-valid".equals(code) && facet.has(3)) {
      return "1".equals(facet.arg(2))
          ? " (it must not be empty)"
          : " (at least " + facet.arg(2) + " characters)";
    }
    if ("cvc-pattern-valid".equals(code)) {
      return " (it does not have the required form)";
    }
    return "";
  }
}
