package org.ecrf.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js options every chart of the platform shares: it fills its box, draws without
 * animation (screens and screenshots show the final figures at once), shows all series of a point
 * together on hover and puts the legend below. Each chart adds its own scales.
 */
public final class ChartOptions {

  private ChartOptions() {}

  /** The shared options with the chart's scales ({@code x}, {@code y}, ...). */
  public static JsonObjectBuilder withScales(JsonObjectBuilder scales) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
        .add("scales", scales);
  }

  /** An axis title that is shown. */
  public static JsonObjectBuilder axisTitle(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }
}
