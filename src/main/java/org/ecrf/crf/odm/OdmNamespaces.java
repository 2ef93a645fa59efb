package org.ecrf.crf.odm;

import java.util.Set;

/** The XML namespaces an ODM file of ours may use. */
final class OdmNamespaces {

  /** CDISC ODM 1.3 (used by 1.3, 1.3.1 and 1.3.2). */
  static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";

  /** The platform's extension. */
  static final String EDC = "https://ecrf.org/ns/edc/1";

  /** ODM 2.0, which this platform does not read. */
  static final String ODM_2 = "http://www.cdisc.org/ns/odm/v2.0";

  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final String XLINK = "http://www.w3.org/1999/xlink";

  /** Namespaces the schemas know; everything else is a vendor extension. */
  static final Set<String> KNOWN = Set.of(ODM, EDC, XML, XSI, XMLDSIG, XLINK);

  private OdmNamespaces() {}
}
