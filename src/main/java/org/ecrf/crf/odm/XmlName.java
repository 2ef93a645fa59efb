package org.ecrf.crf.odm;

/**
 * The name of an element or attribute: namespace URI (empty for none), local name and the prefix
 * used in the file (empty for none).
 */
record XmlName(String namespace, String localName, String prefix) {

  /** The name as written in the file, with its prefix. */
  String qualified() {
    return prefix.isEmpty() ? localName : prefix + ":" + localName;
  }

  /** The name for messages: ODM names bare, ours as edc:Name, others with their prefix. */
  String display() {
    if (OdmNamespaces.ODM.equals(namespace) || namespace.isEmpty()) {
      return localName;
    }
    if (OdmNamespaces.EDC.equals(namespace)) {
      return "edc:" + localName;
    }
    return qualified();
  }
}
