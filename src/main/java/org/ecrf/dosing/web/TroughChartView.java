package org.ecrf.dosing.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.ecrf.dosing.application.TroughChartService;
import org.ecrf.dosing.application.TroughPoint;
import org.ecrf.platform.web.Texts;
import org.omnifaces.cdi.ViewScoped;

/**
 * The trough chart of a guided-arm child, for the include {@code
 * WEB-INF/includes/dosing-trough-chart.xhtml} on the subject page (params {@code study}, {@code
 * subject}). Read once per view; absent for a child of another arm and for a blinded caller.
 */
@Named
@ViewScoped
public class TroughChartView implements Serializable {

  @Inject private TroughChartService troughs;

  private transient String loadedFor;
  private transient List<TroughPoint> points;
  private transient String chart;

  /** True when the chart may be shown for this child. */
  public boolean shown(String study, String subject) {
    load(study, subject);
    return points != null;
  }

  /** The Chart.js configuration. */
  public String chart(String study, String subject) {
    load(study, subject);
    return chart;
  }

  /** The levels as table rows, for readers who do not see the chart. */
  public List<TroughPoint> points(String study, String subject) {
    load(study, subject);
    return points == null ? List.of() : points;
  }

  private void load(String study, String subject) {
    String key = study + "/" + subject;
    if (key.equals(loadedFor)) {
      return;
    }
    Optional<List<TroughPoint>> history = troughs.historyOf(study, subject);
    points = history.map(List::copyOf).orElse(null);
    chart =
        history
            .map(
                levels ->
                    TroughChart.configuration(
                        levels,
                        new TroughChart.Labels(
                            Texts.get("dosing.chart.level"),
                            Texts.get("dosing.chart.low"),
                            Texts.get("dosing.chart.high"),
                            Texts.get("dosing.chart.dose"),
                            Texts.get("dosing.chart.levelAxis"),
                            Texts.get("dosing.chart.doseAxis"))))
            .orElse(null);
    loadedFor = key;
  }
}
