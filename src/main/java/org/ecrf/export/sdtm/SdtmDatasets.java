package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.VariableTerms;

/**
 * The SDTM datasets of a study and the values their coded variables take, as Define-XML and the
 * writers need them: DM, DS and SV always; each domain the study's annotations reach; a SUPPxx for
 * every domain with supplemental annotations or with items longer than their variable; and the
 * trial-design datasets TA, TE, TV, TI, TS. Terms: --TESTCD of each findings domain (the test codes
 * with their names and CDISC C-codes where CDISC has them), QSCAT/RSCAT, IETESTCD and DSDECOD.
 *
 * @param datasets in SDTM order
 * @param terms the code lists of coded variables
 */
public record SdtmDatasets(List<Dataset> datasets, List<VariableTerms> terms) {

  /** The trial-design datasets, written last. */
  public static final List<String> TRIAL_DESIGN = List.of("TA", "TE", "TV", "TI", "TS");

  public SdtmDatasets {
    datasets = List.copyOf(datasets);
    terms = List.copyOf(terms);
  }

  /** The datasets and terms of a study. */
  public static SdtmDatasets of(SdtmStudyMap map) {
    SdtmCatalogue catalogue = SdtmCatalogue.standard();
    Set<String> names = new LinkedHashSet<>(map.subjectDatasets());
    Set<String> supplemental = new LinkedHashSet<>(map.supplementalDatasets());
    names.forEach(
        name -> {
          if (mayOverflow(map, name)) {
            supplemental.add("SUPP" + name);
          }
        });
    names.addAll(supplemental);
    names.addAll(TRIAL_DESIGN);
    List<Dataset> datasets = new ArrayList<>();
    names.forEach(name -> datasets.add(catalogue.dataset(name)));
    return new SdtmDatasets(datasets, terms(map));
  }

  /** The dataset of that name, if the study writes it. */
  public Optional<Dataset> dataset(String name) {
    return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The names of the datasets, in order. */
  public List<String> names() {
    return datasets.stream().map(Dataset::name).toList();
  }

  private static boolean mayOverflow(SdtmStudyMap map, String domain) {
    return map.annotations().entrySet().stream()
        .filter(e -> e.getValue().domain().equals(domain) && !e.getValue().isSupplemental())
        .filter(e -> !e.getValue().isTest() && e.getValue().value().isEmpty())
        .anyMatch(
            e -> {
              Optional<ItemDef> item = map.definition().item(e.getKey());
              int length =
                  item.flatMap(
                          i ->
                              i.format().length().isPresent()
                                  ? Optional.of(i.format().length().getAsInt())
                                  : Optional.<Integer>empty())
                      .orElse(0);
              boolean text =
                  item.map(i -> i.dataType() == DataType.TEXT || i.dataType() == DataType.STRING)
                      .orElse(false);
              return text
                  && SdtmCatalogue.standard()
                      .variable(domain, e.getValue().variable())
                      .filter(v -> !v.type().isNumeric() && v.length() < length)
                      .isPresent();
            });
  }

  /**
   * DSDECOD's values: the milestones the annotations name, RANDOMIZED, and the values of the code
   * lists of plain DS.DSDECOD items as the mapping writes them; C-codes where listed in {@link
   * CdiscTerms#DISPOSITION_CODES}.
   */
  private static java.util.Collection<Term> dispositionTerms(SdtmStudyMap map) {
    Map<String, Term> terms = new LinkedHashMap<>();
    ValueText text = new ValueText(map.definition(), new AsciiText());
    map.annotations()
        .forEach(
            (itemOid, annotation) -> {
              if (!annotation.domain().equals("DS") || !annotation.variable().equals("DSDECOD")) {
                return;
              }
              if (annotation.value().isPresent()) {
                terms.putIfAbsent(
                    annotation.value().get(), disposition(annotation.value().get(), ""));
                return;
              }
              map.definition()
                  .item(itemOid)
                  .flatMap(ItemDef::codeListOid)
                  .flatMap(map.definition()::codeList)
                  .ifPresent(
                      list ->
                          list.items()
                              .forEach(
                                  item -> {
                                    String code =
                                        text.qualifier(itemOid, "DSDECOD", item.codedValue());
                                    terms.putIfAbsent(
                                        code,
                                        disposition(
                                            code, text.decoded(itemOid, item.codedValue())));
                                  }));
            });
    terms.putIfAbsent(
        DispositionRecords.RANDOMIZED, disposition(DispositionRecords.RANDOMIZED, ""));
    return terms.values();
  }

  private static Term disposition(String code, String decode) {
    return new Term(code, decode, CdiscTerms.DISPOSITION_CODES.getOrDefault(code, ""));
  }

  private static List<VariableTerms> terms(SdtmStudyMap map) {
    Map<String, Map<String, Term>> tests = new LinkedHashMap<>();
    Map<String, Map<String, Term>> categories = new LinkedHashMap<>();
    map.annotations()
        .forEach(
            (itemOid, annotation) -> {
              if (!annotation.isTest()) {
                return;
              }
              String dataset = annotation.dataset();
              String code = annotation.value().get();
              Term term =
                  CdiscTerms.test(dataset, code)
                      .orElse(new Term(code, map.testName(dataset, code), ""));
              tests.computeIfAbsent(dataset, d -> new LinkedHashMap<>()).putIfAbsent(code, term);
              String group =
                  map.definition().itemGroups().stream()
                      .filter(g -> g.itemRefs().stream().anyMatch(r -> r.itemOid().equals(itemOid)))
                      .map(g -> g.oid())
                      .findFirst()
                      .orElse("");
              map.category(dataset, code, group)
                  .ifPresent(
                      category ->
                          categories
                              .computeIfAbsent(dataset, d -> new LinkedHashMap<>())
                              .putIfAbsent(
                                  category,
                                  new Term(
                                      category,
                                      "",
                                      category.equals("SES-CD V1") ? "C176060" : "")));
            });
    List<VariableTerms> terms = new ArrayList<>();
    tests.forEach(
        (dataset, byCode) ->
            terms.add(
                new VariableTerms(
                    dataset,
                    dataset + "TESTCD",
                    dataset + "TESTCD",
                    true,
                    List.copyOf(byCode.values()))));
    categories.forEach(
        (dataset, byName) ->
            terms.add(
                new VariableTerms(
                    dataset,
                    dataset + "CAT",
                    dataset + "CAT",
                    true,
                    List.copyOf(byName.values()))));
    terms.add(
        new VariableTerms("DS", "DSDECOD", "DSDECOD", true, List.copyOf(dispositionTerms(map))));
    return terms;
  }
}
