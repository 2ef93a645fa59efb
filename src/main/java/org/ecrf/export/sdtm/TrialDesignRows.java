package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.ArmDef;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.RandomisationDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;

/**
 * The trial-design datasets from the study definition:
 *
 * <ul>
 *   <li>TE: a screening element ({@value #SCREENING_ELEMENT}) and one treatment element per arm
 *       (its code and name); TA: per arm, screening (EPOCH SCREENING, C202487) then the arm's
 *       treatment (EPOCH TREATMENT), branching at randomisation. The definition does not separate
 *       induction from maintenance, so neither does TA (a doubt for the sponsor's SDTM lead);
 *   <li>TV: one row per event with a planned day, VISITNUM as in SV, VISITDY the SDTM study day (no
 *       day 0: planned day 0 is study day 1), TVSTRL the planned day and window;
 *   <li>TI: one row per item annotated {@code IE.IETESTCD=...}, IETEST its question;
 *   <li>TS: title, randomisation, number of arms, stratification factors, treatment, route,
 *       paediatric indicator and registry number (from {@link SdtmSettings}).
 * </ul>
 */
public final class TrialDesignRows {

  static final String SCREENING_ELEMENT = "SCRN";

  private final SdtmStudyMap map;
  private final AsciiText ascii = new AsciiText();

  public TrialDesignRows(SdtmStudyMap map) {
    this.map = map;
  }

  /** The rows of TA, TE, TV, TI and TS, in each dataset's variable order. */
  public Map<String, List<List<Object>>> rows() {
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    rows.put("TA", ta());
    rows.put("TE", te());
    rows.put("TV", tv());
    rows.put("TI", ti());
    rows.put("TS", ts());
    return rows;
  }

  private List<List<Object>> ta() {
    List<List<Object>> rows = new ArrayList<>();
    for (ArmDef arm : arms()) {
      String name = ascii.fold(arm.name());
      rows.add(
          row(
              "TA",
              "ARMCD",
              arm.code(),
              "ARM",
              name,
              "TAETORD",
              1L,
              "ETCD",
              SCREENING_ELEMENT,
              "ELEMENT",
              "Screening",
              "TABRANCH",
              "Randomized to " + name,
              "EPOCH",
              "SCREENING"));
      rows.add(
          row(
              "TA",
              "ARMCD",
              arm.code(),
              "ARM",
              name,
              "TAETORD",
              2L,
              "ETCD",
              elementCode(arm),
              "ELEMENT",
              SdtmStudyMap.shorten(name),
              "EPOCH",
              "TREATMENT"));
    }
    return rows;
  }

  private List<List<Object>> te() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        row(
            "TE",
            "ETCD",
            SCREENING_ELEMENT,
            "ELEMENT",
            "Screening",
            "TESTRL",
            "Informed consent",
            "TEENRL",
            "Randomization"));
    for (ArmDef arm : arms()) {
      rows.add(
          row(
              "TE",
              "ETCD",
              elementCode(arm),
              "ELEMENT",
              SdtmStudyMap.shorten(ascii.fold(arm.name())),
              "TESTRL",
              "First infusion of "
                  + map.settings().treatment().toLowerCase(java.util.Locale.ROOT)
                  + " after randomization to "
                  + arm.code(),
              "TEENRL",
              "End of study"));
    }
    return rows;
  }

  private List<List<Object>> tv() {
    List<List<Object>> rows = new ArrayList<>();
    for (StudyEventDef event : map.definition().events()) {
      Optional<PlannedDay> day = event.timing().plannedDay();
      if (day.isEmpty()) {
        continue;
      }
      int offset = day.get().offsetDays();
      long studyDay = offset >= 0 ? offset + 1 : offset;
      rows.add(
          row(
              "TV",
              "VISITNUM",
              map.visitNumber(event.oid(), 1).orElseThrow(),
              "VISIT",
              map.visitName(event.oid(), 1).orElseThrow(),
              "VISITDY",
              studyDay,
              "TVSTRL",
              "Day "
                  + offset
                  + " relative to the "
                  + day.get().anchor().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " (window -"
                  + day.get().windowBeforeDays()
                  + "/+"
                  + day.get().windowAfterDays()
                  + " days)"));
    }
    return rows;
  }

  private List<List<Object>> ti() {
    List<List<Object>> rows = new ArrayList<>();
    map.annotations()
        .forEach(
            (itemOid, annotation) -> {
              if (annotation.domain().equals("IE") && annotation.isTest()) {
                String code = annotation.value().get();
                rows.add(
                    row(
                        "TI",
                        "IETESTCD",
                        code,
                        "IETEST",
                        SdtmStudyMap.shortenTo(map.question(itemOid), 200),
                        "IECAT",
                        EligibilityRecords.category(code),
                        "TIVERS",
                        map.definition().header().metaDataVersionOid()));
              }
            });
    return rows;
  }

  private List<List<Object>> ts() {
    StudyDefinition definition = map.definition();
    SdtmSettings settings = map.settings();
    List<String[]> parameters = new ArrayList<>();
    parameters.add(new String[] {"TITLE", "Trial Title", definition.header().studyName()});
    Optional<RandomisationDef> randomisation = definition.design().randomisation();
    parameters.add(
        new String[] {"RANDOM", "Trial is Randomized", randomisation.isPresent() ? "Y" : "N"});
    parameters.add(
        new String[] {"NARMS", "Planned Number of Arms", Integer.toString(arms().size())});
    randomisation.ifPresent(
        r ->
            r.stratificationFactors()
                .forEach(
                    factor ->
                        parameters.add(
                            new String[] {"STRATFCT", "Stratification Factor", factor.name()})));
    parameters.add(
        new String[] {"TRT", "Investigational Therapy or Treatment", settings.treatment()});
    parameters.add(new String[] {"ROUTE", "Route of Administration", settings.route()});
    parameters.add(
        new String[] {"PDSTIND", "Pediatric Study Indicator", settings.pediatric() ? "Y" : "N"});
    settings
        .registryId()
        .ifPresent(id -> parameters.add(new String[] {"REGID", "Registry Identifier", id}));
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Long> sequence = new LinkedHashMap<>();
    for (String[] p : parameters) {
      long seq = sequence.merge(p[0], 1L, Long::sum);
      rows.add(
          row("TS", "TSSEQ", seq, "TSPARMCD", p[0], "TSPARM", p[1], "TSVAL", ascii.fold(p[2])));
    }
    return rows;
  }

  private List<ArmDef> arms() {
    return map.definition().design().arms();
  }

  /** The element code of an arm's treatment: its code cut to 8 characters. */
  static String elementCode(ArmDef arm) {
    return arm.code().length() > 8 ? arm.code().substring(0, 8) : arm.code();
  }

  private List<Object> row(String name, Object... pairs) {
    Dataset dataset = SdtmCatalogue.standard().dataset(name);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("STUDYID", map.studyOid());
    values.put("DOMAIN", name);
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    List<Object> row = new ArrayList<>();
    for (Variable variable : dataset.variables()) {
      row.add(values.remove(variable.name()));
    }
    if (!values.isEmpty()) {
      throw new IllegalStateException(name + " has no variables " + values.keySet());
    }
    return row;
  }
}
