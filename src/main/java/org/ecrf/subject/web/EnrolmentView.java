package org.ecrf.subject.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.platform.web.LanguageView;
import org.ecrf.platform.web.Texts;
import org.ecrf.subject.application.EnrolmentStatisticsService;
import org.ecrf.subject.domain.EnrolmentSummary;
import org.ecrf.subject.domain.StratumEnrolment;
import org.ecrf.subject.domain.StratumEnrolment.Level;

/**
 * The enrolment dashboard of a study ({@code studies/enrolment.xhtml?study=TOPIT}) for sponsors and
 * data managers: children registered, in screening, failed screening, enrolled and randomised per
 * site and per randomisation stratum, and the cumulative curves per month.
 */
@Named
@RequestScoped
public class EnrolmentView {

  @Inject private EnrolmentStatisticsService statistics;
  @Inject private DefinitionService definitions;
  @Inject private LanguageView language;

  private String study;
  private EnrolmentSummary summary;
  private String chart;
  private List<MonthFigures> figures;

  public void load() {
    study = definitions.studyOrFirst(study);
    summary = statistics.summary(study);
    Locale locale = language.getLocale();
    chart =
        EnrolmentChart.configuration(
            summary.timeline(),
            new EnrolmentChart.Labels(
                Texts.get(locale, "enrolment.chartRegistered"),
                Texts.get(locale, "enrolment.chartRandomised"),
                Texts.get(locale, "enrolment.month"),
                Texts.get(locale, "enrolment.chartAxis"),
                locale));
    figures = EnrolmentChart.figures(summary.timeline());
  }

  /** A stratum as a reader names it: {@code Crohn's disease · BER}. */
  public String stratumName(StratumEnrolment stratum) {
    return stratum.levels().stream().map(this::levelName).collect(Collectors.joining(" · "));
  }

  /** The stratification factors, named: {@code Diagnosis × Site}. */
  public String getFactorNames() {
    return summary.strata().isEmpty()
        ? ""
        : summary.strata().get(0).levels().stream()
            .map(level -> Texts.get(language.getLocale(), "enrolment.factor." + level.factor()))
            .collect(Collectors.joining(" × "));
  }

  /** The headers of the figures table after the month: per site, registered and randomised. */
  public List<String> getFigureHeaders() {
    List<String> headers = new ArrayList<>();
    summary
        .timeline()
        .sites()
        .forEach(
            curve -> {
              headers.add(
                  Texts.get(language.getLocale(), "enrolment.chartRegistered", curve.siteCode()));
              headers.add(
                  Texts.get(language.getLocale(), "enrolment.chartRandomised", curve.siteCode()));
            });
    return headers;
  }

  private String levelName(Level level) {
    return switch (level.factor()) {
      case "DIAGNOSIS" -> Texts.get(language.getLocale(), "diagnosis." + level.level());
      case "SEX" -> Texts.get(language.getLocale(), "sex." + level.level());
      default -> level.level();
    };
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public EnrolmentSummary getSummary() {
    return summary;
  }

  /** The Chart.js configuration of the curves. */
  public String getChart() {
    return chart;
  }

  public List<MonthFigures> getFigures() {
    return figures;
  }
}
