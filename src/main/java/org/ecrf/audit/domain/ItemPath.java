package org.ecrf.audit.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the clinical data an audit event happened, by ODM OIDs and repeat keys: study, subject,
 * study event, form, item group and item. The parts below the level the event is about are empty
 * ({@code null}).
 */
public record ItemPath(
    String studyOid,
    String subjectKey,
    String eventOid,
    Integer eventRepeat,
    String formOid,
    String itemGroupOid,
    Integer itemGroupRepeat,
    String itemOid) {

  public static ItemPath subject(String studyOid, String subjectKey) {
    return new ItemPath(studyOid, subjectKey, null, null, null, null, null, null);
  }

  public static ItemPath form(
      String studyOid, String subjectKey, String eventOid, int eventRepeat, String formOid) {
    return new ItemPath(studyOid, subjectKey, eventOid, eventRepeat, formOid, null, null, null);
  }

  public ItemPath group(String groupOid, int groupRepeat) {
    return new ItemPath(
        studyOid, subjectKey, eventOid, eventRepeat, formOid, groupOid, groupRepeat, null);
  }

  public ItemPath item(String oid) {
    return new ItemPath(
        studyOid, subjectKey, eventOid, eventRepeat, formOid, itemGroupOid, itemGroupRepeat, oid);
  }

  /** The filled parts in order, for the hash's canonical form. */
  Map<String, String> parts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("study", studyOid);
    parts.put("subject", subjectKey);
    parts.put("event", eventOid);
    parts.put("eventRepeat", eventRepeat == null ? null : eventRepeat.toString());
    parts.put("form", formOid);
    parts.put("group", itemGroupOid);
    parts.put("groupRepeat", itemGroupRepeat == null ? null : itemGroupRepeat.toString());
    parts.put("item", itemOid);
    return parts;
  }

  /**
   * {@code TOPIT/POT-0001/SE.WEEK0[1]/F.PUCAI/IG.PUCAI[1]/I.PUCAI_PAIN}, as the audit views show
   * it.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(studyOid).append('/').append(subjectKey);
    if (eventOid != null) {
      text.append('/').append(eventOid).append('[').append(eventRepeat).append(']');
    }
    if (formOid != null) {
      text.append('/').append(formOid);
    }
    if (itemGroupOid != null) {
      text.append('/').append(itemGroupOid).append('[').append(itemGroupRepeat).append(']');
    }
    if (itemOid != null) {
      text.append('/').append(itemOid);
    }
    return text.toString();
  }
}
