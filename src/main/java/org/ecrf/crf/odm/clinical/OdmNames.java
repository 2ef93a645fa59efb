package org.ecrf.crf.odm.clinical;

/**
 * The XML namespaces a clinical data file may use. The same values as the package-private {@code
 * crf.odm.OdmNamespaces}, which this package cannot see.
 */
final class OdmNames {

  /** CDISC ODM 1.3 (used by 1.3, 1.3.1 and 1.3.2). */
  static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";

  /** ODM 2.0, which this platform does not read. */
  static final String ODM_2 = "http://www.cdisc.org/ns/odm/v2.0";

  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

  /** The ODMVersion this package writes, and the only one whose schema it validates against. */
  static final String ODM_VERSION = "1.3.2";

  private OdmNames() {}

  /**
   * Whether attributes of this namespace are harmless anywhere (xml:lang, xsi:schemaLocation); the
   * empty namespace is ODM's own attributes and is checked separately.
   */
  static boolean isNeutralAttributeNamespace(String namespace) {
    return XML.equals(namespace) || XSI.equals(namespace);
  }

  /** Whether ODM 1.3.2 itself (with xmldsig) knows the namespace. */
  static boolean isKnown(String namespace) {
    return ODM.equals(namespace)
        || XMLDSIG.equals(namespace)
        || namespace.isEmpty()
        || isNeutralAttributeNamespace(namespace);
  }
}
