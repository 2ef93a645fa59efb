package org.ecrf.crf.odm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes out elements and attributes of namespaces no schema of ours knows (vendor extensions such
 * as OpenClinica's), so that the rest of the file can be validated. In lenient mode each kind of
 * removed content is a warning; otherwise it is an error (the file stays invalid) with the advice
 * to validate leniently. Reported once per element or attribute name, with a count and the first
 * position, so that a vendor export does not drown its real faults.
 */
final class VendorContentFilter {

  private final FaultCollector faults;
  private final Map<String, Occurrences> removed = new LinkedHashMap<>();

  private VendorContentFilter(FaultCollector faults) {
    this.faults = faults;
  }

  /** The tree without unknown-namespace content; reports what was taken out. */
  static OdmElement filter(OdmElement root, FaultCollector faults) {
    VendorContentFilter filter = new VendorContentFilter(faults);
    OdmElement filtered = filter.strip(root);
    filter.report();
    return filtered;
  }

  private OdmElement strip(OdmElement element) {
    List<XmlAttribute> attributes = new ArrayList<>();
    for (XmlAttribute attribute : element.attributes()) {
      if (isKnown(attribute.name().namespace())) {
        attributes.add(attribute);
      } else {
        note(
            "attribute " + attribute.name().qualified() + " on " + element.displayName(),
            attribute.name().namespace(),
            element);
      }
    }
    List<OdmElement> children = new ArrayList<>();
    for (OdmElement child : element.children()) {
      if (isKnown(child.name().namespace())) {
        children.add(strip(child));
      } else {
        note("element " + child.name().qualified(), child.name().namespace(), child);
      }
    }
    return element.withAttributes(attributes).withChildren(children);
  }

  private static boolean isKnown(String namespace) {
    return namespace.isEmpty() || OdmNamespaces.KNOWN.contains(namespace);
  }

  private void note(String what, String namespace, OdmElement at) {
    removed.computeIfAbsent(what + " (namespace " + namespace + ")", key -> new Occurrences(at))
        .count++;
  }

  private void report() {
    removed.forEach(
        (what, occurrences) -> {
          String times =
              occurrences.count == 1 ? "" : " (" + occurrences.count + " times, first here)";
          if (faults.lenient()) {
            faults.warning(
                FaultKind.STRIPPED, occurrences.first, "Removed the vendor " + what + times + ".");
          } else {
            faults.error(
                FaultKind.UNKNOWN_NAMESPACE,
                occurrences.first,
                "The "
                    + what
                    + " is not part of ODM 1.3.2 or our extension"
                    + times
                    + ". Validate leniently to strip vendor extensions.");
          }
        });
  }

  private static final class Occurrences {
    private final OdmElement first;
    private int count;

    Occurrences(OdmElement first) {
      this.first = first;
    }
  }
}
