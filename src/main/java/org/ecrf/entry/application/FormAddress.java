package org.ecrf.entry.application;

import java.io.Serializable;

/** Where a form is: study, subject, visit (study event OID and repeat key) and form OID. */
public record FormAddress(
    String studyOid, String subjectKey, String eventOid, int eventRepeat, String formOid)
    implements Serializable {

  public FormAddress {
    if (eventRepeat < 1) {
      throw new IllegalArgumentException("A visit's repeat key counts from 1, not " + eventRepeat);
    }
  }

  @Override
  public String toString() {
    return studyOid + "/" + subjectKey + "/" + eventOid + "[" + eventRepeat + "]/" + formOid;
  }
}
