package org.ecrf.subject.web;

import java.io.Serializable;

/** A visit column of the subject matrix: a study event, in the definition's order. */
public record VisitColumn(String eventOid, String name, boolean repeating)
    implements Serializable {}
