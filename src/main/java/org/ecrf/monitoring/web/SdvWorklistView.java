package org.ecrf.monitoring.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.monitoring.application.BulkVerification;
import org.ecrf.monitoring.application.SdvWorklist;
import org.ecrf.monitoring.application.SdvWorklist.SdvWork;
import org.ecrf.monitoring.application.SourceDataVerification;
import org.omnifaces.cdi.ViewScoped;

/**
 * The SDV worklist ({@code monitoring/sdv.xhtml?study=TOPIT&site=BER}): the forms whose SDV plan
 * still names unverified values, counted per site and subject, each a link to its form; a monitor
 * verifies a whole visit or subject in one step.
 */
@Named
@ViewScoped
public class SdvWorklistView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SdvWorklist worklist;
  @Inject private SourceDataVerification verification;
  @Inject private DefinitionService definitions;

  private String study;
  private String site;
  private List<SdvWork> work = List.of();

  public void load() {
    study = definitions.studyOrFirst(study);
    work = study == null ? List.of() : worklist.openWork(study);
  }

  public void verifyVisit(SdvWork row) {
    bulk(
        () -> verification.verifyVisit(study, row.subjectKey(), row.eventOid(), row.eventRepeat()),
        row.subjectKey() + ", " + row.eventName());
  }

  public void verifySubject(String subjectKey) {
    bulk(() -> verification.verifySubject(study, subjectKey), subjectKey);
  }

  private void bulk(Supplier<BulkVerification> action, String what) {
    PanelActions.result(action)
        .ifPresent(
            done ->
                PanelActions.info("monitoring.sdvPage.bulkDone", what, done.forms(), done.items()));
    load();
  }

  public List<SdvWork> getShown() {
    return work.stream()
        .filter(row -> site == null || site.isBlank() || row.site().equals(site))
        .toList();
  }

  /** Forms and item values left per site, in site order. */
  public Map<String, int[]> getPerSite() {
    Map<String, int[]> perSite = new TreeMap<>();
    for (SdvWork row : work) {
      int[] counts = perSite.computeIfAbsent(row.site(), s -> new int[3]);
      counts[0]++;
      counts[1] += row.pending();
    }
    perSite.forEach(
        (code, counts) ->
            counts[2] =
                (int)
                    work.stream()
                        .filter(row -> row.site().equals(code))
                        .map(SdvWork::subjectKey)
                        .distinct()
                        .count());
    return perSite;
  }

  /** Item values left for the subject, over all its forms. */
  public int pendingOfSubject(String subjectKey) {
    return work.stream()
        .filter(row -> row.subjectKey().equals(subjectKey))
        .mapToInt(SdvWork::pending)
        .sum();
  }

  /** True for the first row of a subject in the list shown (the page groups by subject). */
  public boolean firstOfSubject(SdvWork row) {
    List<SdvWork> shown = getShown();
    int index = shown.indexOf(row);
    return index == 0 || !shown.get(index - 1).subjectKey().equals(row.subjectKey());
  }

  public List<String> getSites() {
    return work.stream().map(SdvWork::site).distinct().sorted().toList();
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
}
