package org.ecrf.audit.application;

import java.util.List;

/**
 * One page of an audit history, newest first, with the number of events on all pages.
 *
 * @param total how many events answer the query
 * @param offset how many newer events were skipped
 * @param limit the largest number of events this page could hold
 * @param records the events of this page
 */
public record AuditHistoryPage(long total, int offset, int limit, List<AuditRecordView> records) {

  public AuditHistoryPage {
    records = List.copyOf(records);
  }
}
