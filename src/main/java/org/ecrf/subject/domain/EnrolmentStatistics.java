package org.ecrf.subject.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.subject.domain.EnrolmentTimeline.SiteCurve;
import org.ecrf.subject.domain.StratumEnrolment.Level;

/**
 * Counts a study's registered children by site and by randomisation stratum, and builds the
 * cumulative curves of registrations and randomisations per site and calendar month, for the
 * sponsor's and data manager's enrolment dashboard.
 *
 * <p>The strata are the cross product of the study's stratification factors (TOPIT: diagnosis x
 * site, {@code edc:Randomisation StratificationFactors="DIAGNOSIS SITE"}), the first factor varying
 * slowest, as the randomisation list orders them; empty strata are listed too, since an empty
 * stratum is news for recruitment. Months are calendar months in the given zone; the curves start
 * at nought in the month before the first registration, so that even a first month draws a line.
 */
public final class EnrolmentStatistics {

  private static final List<String> SEX_LEVELS = List.of(Sex.F.name(), Sex.M.name());

  private EnrolmentStatistics() {}

  /**
   * Summarises the records.
   *
   * @param records one per registered child of the study
   * @param siteCodes the study's sites; a site with no children gets a row of zeros, and a site
   *     that only the records name is added
   * @param factors the stratification factors in the randomisation's order; none gives no strata
   * @param currentMonth the month the curves run to (they run further if a record lies beyond it)
   * @param zone the zone whose calendar months the curves count in
   */
  public static EnrolmentSummary summarise(
      Collection<EnrolmentRecord> records,
      Collection<String> siteCodes,
      List<StratificationFactor> factors,
      YearMonth currentMonth,
      ZoneId zone) {
    List<String> sites =
        List.copyOf(
            new TreeSet<>(
                Stream.concat(siteCodes.stream(), records.stream().map(EnrolmentRecord::siteCode))
                    .toList()));
    Map<String, EnrolmentCounts> bySite = new LinkedHashMap<>();
    sites.forEach(site -> bySite.put(site, EnrolmentCounts.NONE));
    Map<List<Level>, EnrolmentCounts> byStratum = new LinkedHashMap<>();
    strata(factors, sites).forEach(stratum -> byStratum.put(stratum, EnrolmentCounts.NONE));
    EnrolmentCounts total = EnrolmentCounts.NONE;
    int undated = 0;
    for (EnrolmentRecord record : records) {
      bySite.computeIfPresent(record.siteCode(), (site, counts) -> counts.plus(record.status()));
      if (!factors.isEmpty()) {
        byStratum.computeIfPresent(
            stratumOf(record, factors), (key, counts) -> counts.plus(record.status()));
      }
      total = total.plus(record.status());
      if (record.status().hasBeenRandomised() && record.randomisedAt().isEmpty()) {
        undated++;
      }
    }
    return new EnrolmentSummary(
        bySite.entrySet().stream().map(e -> new SiteEnrolment(e.getKey(), e.getValue())).toList(),
        byStratum.entrySet().stream()
            .map(e -> new StratumEnrolment(e.getKey(), e.getValue()))
            .toList(),
        total,
        timeline(records, sites, currentMonth, zone),
        undated,
        currentMonth);
  }

  /** Every stratum: the cross product of the factors' levels, the first factor varying slowest. */
  static List<List<Level>> strata(List<StratificationFactor> factors, List<String> sites) {
    if (factors.isEmpty()) {
      return List.of();
    }
    List<List<Level>> partial = List.of(List.of());
    for (StratificationFactor factor : factors) {
      List<List<Level>> extended = new ArrayList<>();
      for (List<Level> prefix : partial) {
        for (String level : levels(factor, sites)) {
          List<Level> next = new ArrayList<>(prefix);
          next.add(new Level(factor.name(), level));
          extended.add(List.copyOf(next));
        }
      }
      partial = extended;
    }
    return partial;
  }

  private static List<String> levels(StratificationFactor factor, List<String> sites) {
    return switch (factor) {
      case DIAGNOSIS -> Stream.of(Diagnosis.values()).map(Diagnosis::name).toList();
      case SEX -> SEX_LEVELS;
      case SITE -> sites;
    };
  }

  private static List<Level> stratumOf(EnrolmentRecord record, List<StratificationFactor> factors) {
    return factors.stream()
        .map(
            factor ->
                new Level(
                    factor.name(),
                    switch (factor) {
                      case DIAGNOSIS -> record.diagnosis().name();
                      case SEX -> record.sex().name();
                      case SITE -> record.siteCode();
                    }))
        .toList();
  }

  private static EnrolmentTimeline timeline(
      Collection<EnrolmentRecord> records,
      List<String> sites,
      YearMonth currentMonth,
      ZoneId zone) {
    Optional<YearMonth> first =
        records.stream()
            .map(r -> monthOf(r.registeredAt(), zone).minusMonths(1))
            .min(YearMonth::compareTo);
    if (first.isEmpty()) {
      return new EnrolmentTimeline(
          List.of(), sites.stream().map(s -> new SiteCurve(s, List.of(), List.of())).toList());
    }
    YearMonth last =
        records.stream()
            .flatMap(r -> Stream.concat(Stream.of(r.registeredAt()), r.randomisedAt().stream()))
            .map(instant -> monthOf(instant, zone))
            .reduce(currentMonth, (a, b) -> a.isAfter(b) ? a : b);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = first.get(); !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    Map<String, int[]> registered = new TreeMap<>();
    Map<String, int[]> randomised = new TreeMap<>();
    sites.forEach(
        site -> {
          registered.put(site, new int[months.size()]);
          randomised.put(site, new int[months.size()]);
        });
    YearMonth start = first.get();
    for (EnrolmentRecord record : records) {
      registered.get(record.siteCode())[index(start, record.registeredAt(), zone)]++;
      if (record.hasDatedRandomisation()) {
        randomised.get(record.siteCode())[index(start, record.randomisedAt().get(), zone)]++;
      }
    }
    List<SiteCurve> curves =
        sites.stream()
            .map(
                site ->
                    new SiteCurve(
                        site, cumulative(registered.get(site)), cumulative(randomised.get(site))))
            .toList();
    return new EnrolmentTimeline(months, curves);
  }

  /**
   * The month's position in the timeline; an allocation recorded before the child's first month
   * (which the platform never writes) is placed in the first month.
   */
  private static int index(YearMonth start, Instant instant, ZoneId zone) {
    long offset = start.until(monthOf(instant, zone), ChronoUnit.MONTHS);
    return (int) Math.max(0, offset);
  }

  private static YearMonth monthOf(Instant instant, ZoneId zone) {
    return YearMonth.from(instant.atZone(zone));
  }

  private static List<Integer> cumulative(int[] perMonth) {
    List<Integer> running = new ArrayList<>(perMonth.length);
    int sum = 0;
    for (int count : perMonth) {
      sum += count;
      running.add(sum);
    }
    return running;
  }
}
