package org.ecrf.subject.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecrf.platform.web.ChartOptions;
import org.ecrf.subject.domain.EnrolmentTimeline;
import org.ecrf.subject.domain.EnrolmentTimeline.SiteCurve;

/**
 * The enrolment curves as a Chart.js line chart configuration for PrimeFaces' {@code p:chart} (JSON
 * that PrimeFaces hands to Chart.js unchanged): per site, cumulative registrations as a solid line
 * and randomisations as a dashed line of the same colour; and the same figures as table rows.
 */
final class EnrolmentChart {

  /**
   * Site colours, in site order (repeating after six sites); calm and apart for colour blindness.
   */
  static final List<String> PALETTE =
      List.of("#0b6e4f", "#2e6fd8", "#b54708", "#7a5af8", "#c11574", "#52606d");

  private EnrolmentChart() {}

  /**
   * The texts of the chart, in the page's language.
   *
   * @param registered the label of a site's registrations, {@code {0}} the site code
   * @param randomised the label of a site's randomisations, {@code {0}} the site code
   * @param monthAxis the title of the x axis
   * @param countAxis the title of the y axis
   * @param locale the language of the labels
   */
  record Labels(
      String registered, String randomised, String monthAxis, String countAxis, Locale locale) {}

  /** The Chart.js configuration; safe to place in a script ({@code <} is escaped). */
  static String configuration(EnrolmentTimeline timeline, Labels labels) {
    JsonArrayBuilder months = Json.createArrayBuilder();
    timeline.months().forEach(month -> months.add(month.toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < timeline.sites().size(); i++) {
      SiteCurve curve = timeline.sites().get(i);
      String colour = PALETTE.get(i % PALETTE.size());
      datasets.add(
          dataset(format(labels.registered(), curve.siteCode(), labels), curve.registered(), colour)
              .add("borderWidth", 2));
      datasets.add(
          dataset(format(labels.randomised(), curve.siteCode(), labels), curve.randomised(), colour)
              .add("borderWidth", 2)
              .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
    }
    JsonObject configuration =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", months).add("datasets", datasets))
            .add("options", options(labels))
            .build();
    return configuration.toString().replace("<", "\\u003c");
  }

  /** The chart's figures for readers who do not see the chart, one row per month. */
  static List<MonthFigures> figures(EnrolmentTimeline timeline) {
    List<MonthFigures> rows = new ArrayList<>();
    for (int m = 0; m < timeline.months().size(); m++) {
      YearMonth month = timeline.months().get(m);
      List<Integer> counts = new ArrayList<>();
      for (SiteCurve curve : timeline.sites()) {
        counts.add(curve.registered().get(m));
        counts.add(curve.randomised().get(m));
      }
      rows.add(new MonthFigures(month.toString(), List.copyOf(counts)));
    }
    return rows;
  }

  private static JsonObjectBuilder dataset(String label, List<Integer> values, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(data::add);
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("pointRadius", 3)
        .add("tension", 0)
        .add("fill", false);
  }

  private static JsonObjectBuilder options(Labels labels) {
    return ChartOptions.withScales(
        Json.createObjectBuilder()
            .add(
                "x",
                Json.createObjectBuilder().add("title", ChartOptions.axisTitle(labels.monthAxis())))
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))
                    .add("title", ChartOptions.axisTitle(labels.countAxis()))));
  }

  private static String format(String pattern, String siteCode, Labels labels) {
    return new MessageFormat(pattern, labels.locale()).format(new Object[] {siteCode});
  }
}
