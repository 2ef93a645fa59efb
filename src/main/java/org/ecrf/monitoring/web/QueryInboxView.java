package org.ecrf.monitoring.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.monitoring.application.QueryInbox;
import org.ecrf.monitoring.application.QueryInbox.InboxEntry;
import org.ecrf.platform.web.LanguageView;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.omnifaces.cdi.ViewScoped;

/**
 * The query inbox ({@code monitoring/queries.xhtml?study=TOPIT&site=BER&status=OPEN}): the queries
 * the reader may see, counted by status, with their age and a link to the form they are about;
 * filtered by site and status (unresolved by default). "Awaiting you" counts what the reader's role
 * acts on next: open queries for a site's staff, answered ones for monitors and data managers.
 */
@Named
@ViewScoped
public class QueryInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The status filter that shows open and answered queries. */
  public static final String UNRESOLVED = "UNRESOLVED";

  @Inject private QueryInbox inbox;
  @Inject private DefinitionService definitions;
  @Inject private LanguageView language;
  @Inject private CurrentUser currentUser;

  private String study;
  private String site;
  private String status = UNRESOLVED;
  private List<InboxEntry> entries = List.of();
  private List<InboxEntry> shown = List.of();

  public void load() {
    study = definitions.studyOrFirst(study);
    entries = study == null ? List.of() : inbox.entries(study, language.getLocale());
    filter();
  }

  /** Applies the site and status filters to the loaded queries. */
  public void filter() {
    String wanted = status == null || status.isBlank() ? "ALL" : status;
    shown =
        entries.stream()
            .filter(entry -> site == null || site.isBlank() || entry.site().equals(site))
            .filter(
                entry ->
                    switch (wanted) {
                      case "ALL" -> true;
                      case UNRESOLVED -> entry.unresolved();
                      default -> entry.query().status().equals(wanted);
                    })
            .toList();
  }

  public long count(String queryStatus) {
    return entries.stream().filter(entry -> entry.query().status().equals(queryStatus)).count();
  }

  /** The queries waiting for the reader's next step. */
  public long getAwaitingYou() {
    boolean reviewer = currentUser.access().hasAnyRole(Role.MONITOR, Role.DATA_MANAGER);
    boolean site = currentUser.access().hasAnyRole(Role.INVESTIGATOR, Role.NURSE);
    return (site ? count("OPEN") : 0) + (reviewer ? count("ANSWERED") : 0);
  }

  public List<String> getSites() {
    return entries.stream().map(InboxEntry::site).distinct().sorted().toList();
  }

  public List<String> getStatuses() {
    return List.of(UNRESOLVED, "OPEN", "ANSWERED", "CLOSED", "ALL");
  }

  public Set<String> getOldBands() {
    return Set.of("OVER_30_DAYS");
  }

  public List<InboxEntry> getShown() {
    return shown;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
