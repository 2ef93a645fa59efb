package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects every schema error without stopping, and rewrites the validator's messages
 * ("cvc-complex-type.2.4.a: Invalid content was found …") into sentences a study builder
 * understands. A value error the validator reports twice (the facet, then the attribute) becomes
 * one message naming the attribute, the element and what is allowed.
 */
final class SchemaMessages implements ErrorHandler {

  /** One schema error at a position. {@code constraint} names a violated xs:unique, if any. */
  record Problem(int line, int column, String message, String constraint) {}

  private static final Pattern CODE = Pattern.compile("^cvc-[a-zA-Z-]+(\\.[0-9a-z]+)*: ");
  private static final Pattern ODM_NS =
      Pattern.compile("\"" + Pattern.quote(OdmNamespaces.ODM) + "\":");
  private static final Pattern EDC_NS =
      Pattern.compile("\"" + Pattern.quote(OdmNamespaces.EDC) + "\":");
  private static final Pattern OTHER_NS = Pattern.compile("\"([^\"]+)\":");

  private static final Pattern INVALID_CONTENT =
      Pattern.compile("Invalid content was found starting with element '(.+?)'\\. (.*)");
  private static final Pattern ONE_OF = Pattern.compile("One of '\\{(.*)\\}' is expected\\.");
  private static final Pattern INCOMPLETE =
      Pattern.compile("The content of element '(.+?)' is not complete\\. (.*)");
  private static final Pattern MISSING_ATTRIBUTE =
      Pattern.compile("Attribute '(.+?)' must appear on element '(.+?)'\\.");
  private static final Pattern EXTRA_ATTRIBUTE =
      Pattern.compile("Attribute '(.+?)' is not allowed to appear in element '(.+?)'\\.");
  private static final Pattern BAD_ATTRIBUTE =
      Pattern.compile(
          "The value '(.*)' of attribute '(.+?)' on element '(.+?)' is not valid with respect to its type, '.*'\\.",
          Pattern.DOTALL);
  private static final Pattern BAD_ELEMENT =
      Pattern.compile("The value '(.*)' of element '(.+?)' is not valid\\.", Pattern.DOTALL);
  private static final Pattern DUPLICATE =
      Pattern.compile(
          "Duplicate unique value \\[(.*)\\] declared for identity constraint \"(.+?)\" of element \"(.+?)\"\\.");
  private static final Pattern ENUMERATION =
      Pattern.compile(".*facet-valid with respect to enumeration '\\[(.*)\\]'.*", Pattern.DOTALL);
  private static final Pattern BOUND =
      Pattern.compile(
          ".*facet-valid with respect to (max|min)(In|Ex)clusive '(.+?)'.*", Pattern.DOTALL);
  private static final Pattern MAX_LENGTH =
      Pattern.compile(".*facet-valid with respect to maxLength '(\\d+)'.*", Pattern.DOTALL);
  private static final Pattern NOT_VALID_FOR_TYPE =
      Pattern.compile("'(.*)' is not a valid value for '(.+?)'\\.", Pattern.DOTALL);
  private static final Pattern TEXT_NOT_ALLOWED =
      Pattern.compile("Element '(.+?)' cannot have character \\[children\\].*");
  private static final Pattern NO_DECLARATION =
      Pattern.compile("Cannot find the declaration of element '(.+?)'\\.");

  private final List<Problem> problems = new ArrayList<>();
  private String pendingValueProblem;
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

  /** The problems collected so far, each translated. */
  List<Problem> problems() {
    flushPending();
    return List.copyOf(problems);
  }

  void add(int line, int column, String rawMessage) {
    String message = readableNames(rawMessage == null ? "Schema error." : rawMessage);
    boolean facet =
        rawMessage != null
            && rawMessage.matches(
                "(?s)^cvc-(enumeration|pattern|max|min|datatype|length|totalDigits|fractionDigits)[-a-zA-Z]*(\\.[0-9.]+)?-?valid.*");
    String text = CODE.matcher(message).replaceFirst("");
    if (facet) {
      flushPending();
      pendingValueProblem = text;
      pendingLine = line;
      pendingColumn = column;
      return;
    }
    String allowed = pendingAt(line, column) ? allowedValues(pendingValueProblem) : "";
    if (pendingAt(line, column)
        && !BAD_ATTRIBUTE.matcher(text).matches()
        && !BAD_ELEMENT.matcher(text).matches()) {
      flushPending();
      allowed = "";
    }
    pendingValueProblem = null;
    Matcher duplicate = DUPLICATE.matcher(text);
    String constraint = duplicate.matches() ? duplicate.group(2) : "";
    problems.add(new Problem(line, column, translate(text, allowed), constraint));
  }

  private boolean pendingAt(int line, int column) {
    return pendingValueProblem != null && pendingLine == line && pendingColumn == column;
  }

  private void flushPending() {
    if (pendingValueProblem != null) {
      problems.add(
          new Problem(
              pendingLine,
              pendingColumn,
              "Invalid value: " + translateFacet(pendingValueProblem),
              ""));
      pendingValueProblem = null;
    }
  }

  private static String readableNames(String message) {
    String named = ODM_NS.matcher(message).replaceAll("");
    named = EDC_NS.matcher(named).replaceAll("edc:");
    return OTHER_NS.matcher(named).replaceAll("{$1}");
  }

  private static String translate(String text, String allowed) {
    Matcher m;
    if ((m = INVALID_CONTENT.matcher(text)).matches()) {
      return "Element "
          + unbraced(m.group(1))
          + " is not allowed here"
          + expected(m.group(2), "; expected ");
    }
    if ((m = INCOMPLETE.matcher(text)).matches()) {
      return "Element " + m.group(1) + " is incomplete" + expected(m.group(2), ": it still needs ");
    }
    if ((m = MISSING_ATTRIBUTE.matcher(text)).matches()) {
      return m.group(2) + " needs the attribute " + m.group(1) + ".";
    }
    if ((m = EXTRA_ATTRIBUTE.matcher(text)).matches()) {
      return m.group(2) + " does not allow the attribute " + m.group(1) + ".";
    }
    if ((m = BAD_ATTRIBUTE.matcher(text)).matches()) {
      return "The value '"
          + m.group(1)
          + "' of attribute "
          + m.group(2)
          + " on "
          + m.group(3)
          + " is not allowed"
          + allowed
          + ".";
    }
    if ((m = BAD_ELEMENT.matcher(text)).matches()) {
      return "The text '"
          + m.group(1)
          + "' of element "
          + m.group(2)
          + " is not allowed"
          + allowed
          + ".";
    }
    if ((m = DUPLICATE.matcher(text)).matches()) {
      return "The value "
          + m.group(1)
          + " occurs twice in "
          + m.group(3)
          + ", where it must be unique (ODM constraint "
          + m.group(2)
          + ").";
    }
    if ((m = TEXT_NOT_ALLOWED.matcher(text)).matches()) {
      return "Element " + m.group(1) + " contains text where only elements are allowed.";
    }
    if ((m = NO_DECLARATION.matcher(text)).matches()) {
      return "The root element " + m.group(1) + " is not an ODM 1.3 element.";
    }
    return text;
  }

  private static String unbraced(String name) {
    return name.startsWith("{") && name.endsWith("}") && name.indexOf('}') == name.length() - 1
        ? name.substring(1, name.length() - 1)
        : name;
  }

  private static String expected(String rest, String lead) {
    Matcher oneOf = ONE_OF.matcher(rest);
    if (oneOf.matches()) {
      return lead + oneOf.group(1).replace(",", " or").replaceAll("\\s+", " ").trim() + ".";
    }
    if (rest.startsWith("No child element")) {
      return " (no further element is allowed at this point).";
    }
    return ".";
  }

  private static String allowedValues(String facet) {
    Matcher m;
    if ((m = ENUMERATION.matcher(facet)).matches()) {
      return " (allowed: " + m.group(1) + ")";
    }
    if ((m = BOUND.matcher(facet)).matches()) {
      String relation =
          ("max".equals(m.group(1)) ? "at most " : "at least ")
              + ("Ex".equals(m.group(2)) ? "(exclusive) " : "");
      return " (must be " + relation + m.group(3) + ")";
    }
    if ((m = NOT_VALID_FOR_TYPE.matcher(facet)).matches()) {
      return " (not a valid " + m.group(2) + ")";
    }
    if (facet.contains("pattern")) {
      return " (it does not have the required form)";
    }
    Matcher maxLength = MAX_LENGTH.matcher(facet);
    if (maxLength.matches()) {
      return " (at most " + maxLength.group(1) + " characters)";
    }
    if (facet.contains("minLength")) {
      return " (it must not be empty)";
    }
    return "";
  }

  private static String translateFacet(String facet) {
    String allowed = allowedValues(facet);
    return allowed.isEmpty() ? facet : facet.replaceFirst("(?s)\\..*", "") + allowed + ".";
  }
}
