package org.ecrf.crf.odm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a parsed ODM file with its position: an immutable tree the checks and the model
 * mapping walk. Text is the element's own character content (coalesced, untrimmed).
 *
 * @param name the element's name
 * @param attributes its attributes, namespace declarations excluded
 * @param namespaces the namespace declarations on this element, prefix ("" for the default) to URI
 * @param text its own text content
 * @param children its child elements, in order
 * @param span where it is in the file
 */
record OdmElement(
    XmlName name,
    List<XmlAttribute> attributes,
    Map<String, String> namespaces,
    String text,
    List<OdmElement> children,
    SourceSpan span) {

  OdmElement {
    attributes = List.copyOf(attributes);
    namespaces = Map.copyOf(namespaces);
    children = List.copyOf(children);
  }

  boolean isOdm(String localName) {
    return OdmNamespaces.ODM.equals(name.namespace()) && name.localName().equals(localName);
  }

  boolean isEdc(String localName) {
    return OdmNamespaces.EDC.equals(name.namespace()) && name.localName().equals(localName);
  }

  /** An attribute without namespace (all ODM attributes and those of edc elements). */
  Optional<String> attribute(String localName) {
    return attribute("", localName);
  }

  /** An attribute of our extension namespace on an ODM element ({@code edc:Algorithm}). */
  Optional<String> edcAttribute(String localName) {
    return attribute(OdmNamespaces.EDC, localName);
  }

  Optional<String> attribute(String namespace, String localName) {
    return attributes.stream()
        .filter(a -> a.name().namespace().equals(namespace))
        .filter(a -> a.name().localName().equals(localName))
        .map(XmlAttribute::value)
        .findFirst();
  }

  /** An attribute's value, or empty text when absent. */
  String attributeOrEmpty(String localName) {
    return attribute(localName).orElse("");
  }

  /** The ODM child elements with a name, in order. */
  List<OdmElement> children(String odmLocalName) {
    return children.stream().filter(child -> child.isOdm(odmLocalName)).toList();
  }

  Optional<OdmElement> child(String odmLocalName) {
    return children.stream().filter(child -> child.isOdm(odmLocalName)).findFirst();
  }

  /** The extension child elements with a name, in order. */
  List<OdmElement> edcChildren(String edcLocalName) {
    return children.stream().filter(child -> child.isEdc(edcLocalName)).toList();
  }

  Optional<OdmElement> edcChild(String edcLocalName) {
    return children.stream().filter(child -> child.isEdc(edcLocalName)).findFirst();
  }

  /** This element and all elements below it, depth first in document order. */
  Stream<OdmElement> selfAndDescendants() {
    return Stream.concat(
        Stream.of(this), children.stream().flatMap(OdmElement::selfAndDescendants));
  }

  /** The name for messages (ItemDef, edc:Arm). */
  String displayName() {
    return name.display();
  }

  int line() {
    return span.line();
  }

  int column() {
    return span.column();
  }

  OdmElement withChildren(List<OdmElement> newChildren) {
    return new OdmElement(name, attributes, namespaces, text, newChildren, span);
  }

  OdmElement withAttributes(List<XmlAttribute> newAttributes) {
    return new OdmElement(name, newAttributes, namespaces, text, children, span);
  }
}
