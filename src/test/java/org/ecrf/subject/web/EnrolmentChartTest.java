package org.ecrf.subject.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ecrf.subject.domain.EnrolmentTimeline;
import org.ecrf.subject.domain.EnrolmentTimeline.SiteCurve;
import org.junit.jupiter.api.Test;

class EnrolmentChartTest {

  private static final EnrolmentTimeline TIMELINE =
      new EnrolmentTimeline(
          List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
          List.of(
              new SiteCurve("BER", List.of(1, 3, 4), List.of(0, 1, 2)),
              new SiteCurve("POT", List.of(0, 0, 2), List.of(0, 0, 0))));

  private static final EnrolmentChart.Labels LABELS =
      new EnrolmentChart.Labels(
          "{0} registered", "{0} randomised", "Month", "Children (cumulative)", Locale.ENGLISH);

  @Test
  void everySiteHasASolidRegisteredAndADashedRandomisedLineOfOneColour() {
    JsonObject chart = read(EnrolmentChart.configuration(TIMELINE, LABELS));

    assertThat(chart.getString("type")).isEqualTo("line");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("2025-12", "2026-01", "2026-02");
    JsonArray datasets = data.getJsonArray("datasets");
    assertThat(datasets).hasSize(4);
    JsonObject berRegistered = datasets.getJsonObject(0);
    JsonObject berRandomised = datasets.getJsonObject(1);
    assertThat(berRegistered.getString("label")).isEqualTo("BER registered");
    assertThat(berRegistered.getJsonArray("data").toString()).isEqualTo("[1,3,4]");
    assertThat(berRegistered.containsKey("borderDash")).isFalse();
    assertThat(berRandomised.getString("label")).isEqualTo("BER randomised");
    assertThat(berRandomised.getJsonArray("data").toString()).isEqualTo("[0,1,2]");
    assertThat(berRandomised.getJsonArray("borderDash")).isNotEmpty();
    assertThat(berRandomised.getString("borderColor"))
        .isEqualTo(berRegistered.getString("borderColor"));
    assertThat(datasets.getJsonObject(2).getString("borderColor"))
        .isNotEqualTo(berRegistered.getString("borderColor"));
  }

  @Test
  void theCountAxisStartsAtZeroInWholeChildrenWithoutAnimation() {
    JsonObject options =
        read(EnrolmentChart.configuration(TIMELINE, LABELS)).getJsonObject("options");
    JsonObject y = options.getJsonObject("scales").getJsonObject("y");

    assertThat(y.getBoolean("beginAtZero")).isTrue();
    assertThat(y.getJsonObject("ticks").getInt("precision")).isZero();
    assertThat(y.getJsonObject("title").getString("text")).isEqualTo("Children (cumulative)");
    assertThat(options.getBoolean("animation")).isFalse();
  }

  @Test
  void noTextCanCloseTheScriptItIsPlacedIn() {
    EnrolmentChart.Labels hostile =
        new EnrolmentChart.Labels(
            "</script><script>alert(1)</script>{0}", "{0}", "Month", "n", Locale.ENGLISH);

    String configuration = EnrolmentChart.configuration(TIMELINE, hostile);

    assertThat(configuration).doesNotContain("<");
    assertThat(
            read(configuration)
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label"))
        .isEqualTo("</script><script>alert(1)</script>BER");
  }

  @Test
  void theFiguresTableHasAMonthPerRowAndPerSiteRegisteredThenRandomised() {
    assertThat(EnrolmentChart.figures(TIMELINE))
        .containsExactly(
            new MonthFigures("2025-12", List.of(1, 0, 0, 0)),
            new MonthFigures("2026-01", List.of(3, 1, 0, 0)),
            new MonthFigures("2026-02", List.of(4, 2, 2, 0)));
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
