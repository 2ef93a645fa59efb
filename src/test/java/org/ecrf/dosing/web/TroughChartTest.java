package org.ecrf.dosing.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecrf.dosing.application.TroughPoint;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration of the trough chart. */
class TroughChartTest {

  @Test
  void drawsLevelsWindowAndDosesWithABelowLimitLevelAtZeroAndNoUpperBoundAtWeek14() {
    List<TroughPoint> points =
        List.of(
            new TroughPoint(
                "SE.WEEK14",
                LocalDate.of(2026, 4, 6),
                Optional.of(new BigDecimal("3.2")),
                false,
                BigDecimal.valueOf(5),
                Optional.empty(),
                Optional.of(BigDecimal.valueOf(5))),
            new TroughPoint(
                "SE.WEEK22",
                LocalDate.of(2026, 5, 18),
                Optional.empty(),
                true,
                BigDecimal.valueOf(5),
                Optional.of(BigDecimal.TEN),
                Optional.empty()));

    JsonObject chart =
        Json.createReader(
                new StringReader(
                    TroughChart.configuration(
                        points,
                        new TroughChart.Labels("level", "low", "high", "dose", "ug", "mg"))))
            .readObject();

    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").toString()).isEqualTo("[\"2026-04-06\",\"2026-05-18\"]");
    JsonArray datasets = data.getJsonArray("datasets");
    assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[3.2,0]");
    assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[5,5]");
    assertThat(datasets.getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[null,10]");
    assertThat(datasets.getJsonObject(3).getJsonArray("data").toString()).isEqualTo("[5,null]");
  }
}
