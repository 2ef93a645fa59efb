package org.ecrf.crf.odm;

/** An attribute as read. */
record XmlAttribute(XmlName name, String value) {}
