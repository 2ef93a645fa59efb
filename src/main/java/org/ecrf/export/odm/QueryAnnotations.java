package org.ecrf.export.odm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.AnnotationData;
import org.ecrf.crf.odm.clinical.FlagData;

/**
 * Data queries as ODM Annotations: the Comment holds the whole thread, one message a line with its
 * time, author, role and the status it left; one Flag gives the query's status from the code list
 * {@link OdmOids#QUERY_STATUS_CODE_LIST}. Comment/@SponsorOrSite is left out: a thread holds both
 * sides. A query about an item whose value is not written (removed since) sits on the form, one
 * about a form that holds no data on the visit; the comment then names its target.
 */
public final class QueryAnnotations {

  private QueryAnnotations() {}

  /** The level of clinical data an annotation sits on. */
  public enum Level {
    VISIT,
    FORM,
    ITEM
  }

  /** The queries of one element, numbered from 1 in the order given. */
  public static List<AnnotationData> of(List<QueryRecord> queries, Level level) {
    List<AnnotationData> annotations = new ArrayList<>();
    for (QueryRecord query : queries) {
      annotations.add(of(annotations.size() + 1, query, level));
    }
    return annotations;
  }

  /** One query as the annotation with this sequence number, on an element of that level. */
  public static AnnotationData of(int seqNum, QueryRecord query, Level level) {
    return new AnnotationData(
        seqNum,
        Optional.empty(),
        Optional.of(comment(query, level)),
        Optional.empty(),
        List.of(FlagData.of(query.status(), OdmOids.QUERY_STATUS_CODE_LIST)));
  }

  /**
   * "Query 12 (raised by the platform) on IG.LAB[1]/I.CRP:" then one line per message:
   * "2026-03-02T09:00:00Z mon.ber (MONITOR), OPEN: Please check the unit". The target is named
   * below the level the annotation sits on (nothing on the item itself).
   */
  static String comment(QueryRecord query, Level level) {
    StringBuilder text = new StringBuilder("Query ").append(query.id());
    if (query.automatic()) {
      text.append(" (raised by the platform)");
    }
    String target = target(query, level);
    if (!target.isEmpty()) {
      text.append(" on ").append(target);
    }
    text.append(':');
    for (QueryRecord.Message message : query.messages()) {
      text.append('\n').append(message.writtenAt()).append(' ').append(message.author());
      message.authorRole().ifPresent(role -> text.append(" (").append(role).append(')'));
      text.append(", ").append(message.statusAfter()).append(": ").append(message.text());
    }
    return text.toString();
  }

  private static String target(QueryRecord query, Level level) {
    StringBuilder target = new StringBuilder();
    if (level == Level.VISIT && query.formOid().isPresent()) {
      target.append(query.formOid().get());
    }
    if (level != Level.ITEM && query.item().isPresent()) {
      ItemKey item = query.item().get();
      if (!target.isEmpty()) {
        target.append('/');
      }
      target
          .append(item.itemGroupOid())
          .append('[')
          .append(item.itemGroupRepeat())
          .append("]/")
          .append(item.itemOid());
    }
    return target.toString();
  }
}
