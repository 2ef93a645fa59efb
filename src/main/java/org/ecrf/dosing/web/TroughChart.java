package org.ecrf.dosing.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecrf.dosing.application.TroughPoint;
import org.ecrf.platform.web.ChartOptions;

/**
 * A guided-arm child's trough levels as a Chart.js configuration for PrimeFaces' {@code p:chart}:
 * the levels as a line (a level below the limit of quantification drawn at 0), the target window's
 * bounds as dashed steps, and the dose given at each infusion (mg/kg) as bars on a second axis.
 */
final class TroughChart {

  /**
   * The texts of the chart, in the page's language.
   *
   * @param level the label of the levels
   * @param low the label of the window's lower bound
   * @param high the label of the window's upper bound
   * @param dose the label of the doses
   * @param levelAxis the title of the left axis
   * @param doseAxis the title of the right axis
   */
  record Labels(
      String level, String low, String high, String dose, String levelAxis, String doseAxis) {}

  private TroughChart() {}

  /** The configuration; safe to place in a script ({@code <} is escaped). */
  static String configuration(List<TroughPoint> points, Labels labels) {
    JsonArrayBuilder dates = Json.createArrayBuilder();
    points.forEach(point -> dates.add(point.date().toString()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                line(labels.level(), values(points, p -> p.levelUgPerMl().or(() -> zeroIfBlq(p))))
                    .add("borderColor", "#0b6e4f")
                    .add("backgroundColor", "#0b6e4f")
                    .add("borderWidth", 2))
            .add(bound(labels.low(), values(points, p -> Optional.of(p.targetLow()))))
            .add(bound(labels.high(), values(points, TroughPoint::targetHigh)))
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", labels.dose())
                    .add("data", values(points, TroughPoint::doseMgPerKg))
                    .add("backgroundColor", "rgba(46, 111, 216, 0.35)")
                    .add("yAxisID", "dose"));
    JsonObject configuration =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", dates).add("datasets", datasets))
            .add("options", options(labels))
            .build();
    return configuration.toString().replace("<", "\\u003c");
  }

  private static Optional<BigDecimal> zeroIfBlq(TroughPoint point) {
    return point.belowLimit() ? Optional.of(BigDecimal.ZERO) : Optional.empty();
  }

  private static JsonArrayBuilder values(
      List<TroughPoint> points, Function<TroughPoint, Optional<BigDecimal>> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    points.forEach(point -> value.apply(point).ifPresentOrElse(data::add, data::addNull));
    return data;
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data) {
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("label", label)
        .add("data", data)
        .add("pointRadius", 4)
        .add("tension", 0)
        .add("fill", false)
        .add("yAxisID", "y");
  }

  private static JsonObjectBuilder bound(String label, JsonArrayBuilder data) {
    return line(label, data)
        .add("borderColor", "#b54708")
        .add("backgroundColor", "#b54708")
        .add("borderWidth", 1)
        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
        .add("pointRadius", 0)
        .add("stepped", true)
        .add("spanGaps", false);
  }

  private static JsonObjectBuilder options(Labels labels) {
    return ChartOptions.withScales(
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("position", "left")
                    .add("title", ChartOptions.axisTitle(labels.levelAxis())))
            .add(
                "dose",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("position", "right")
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                    .add("title", ChartOptions.axisTitle(labels.doseAxis()))));
  }
}
