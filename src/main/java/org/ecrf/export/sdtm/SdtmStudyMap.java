package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;

/**
 * A study definition read for SDTM: each item's annotation, whether an item is derived in its
 * group, the name and category of each findings test, and the visit number and name of each event.
 * Built once per export; immutable.
 *
 * <p>--TEST of a sponsor-defined test is the item's English question; questions shared by several
 * tests (the SES-CD segments) are prefixed with their item group's name; a name over 40 characters
 * loses its parenthesised asides and is cut at a word; names still shared end with the test code.
 *
 * <p>Visit numbers (VISITNUM) are the events' places in the Protocol (1 first); a repeating event
 * adds its repeat key in hundredths (the second unscheduled visit of place 11 is 11.02). Events of
 * type Common (running logs) are no visit: their records carry no VISITNUM.
 */
public final class SdtmStudyMap {

  private static final int MAX_TEST_NAME = 40;

  private final StudyDefinition definition;
  private final SdtmSettings settings;
  private final Map<String, SdtmAnnotation> annotations = new LinkedHashMap<>();
  private final Map<String, Integer> visitPlaces = new HashMap<>();
  private final Map<String, String> testNames = new HashMap<>();

  private SdtmStudyMap(StudyDefinition definition, SdtmSettings settings) {
    this.definition = definition;
    this.settings = settings;
    for (ItemDef item : definition.items()) {
      item.sdtmAnnotation()
          .ifPresent(text -> annotations.put(item.oid(), SdtmAnnotation.parse(item.oid(), text)));
    }
    List<StudyEventDef> events = definition.events();
    for (int i = 0; i < events.size(); i++) {
      visitPlaces.put(events.get(i).oid(), i + 1);
    }
    nameTests();
  }

  /** Reads the definition's annotations. */
  public static SdtmStudyMap of(StudyDefinition definition, SdtmSettings settings) {
    return new SdtmStudyMap(definition, settings);
  }

  public StudyDefinition definition() {
    return definition;
  }

  public SdtmSettings settings() {
    return settings;
  }

  public String studyOid() {
    return definition.header().studyOid();
  }

  /** The item's annotation, empty for an item SDTM does not take. */
  public Optional<SdtmAnnotation> annotation(String itemOid) {
    return Optional.ofNullable(annotations.get(itemOid));
  }

  /** Every annotated item and its annotation, in definition order. */
  public Map<String, SdtmAnnotation> annotations() {
    return Collections.unmodifiableMap(annotations);
  }

  /** Whether the item is derived by the platform in that group (it has a MethodDef there). */
  public boolean isDerived(String itemGroupOid, String itemOid) {
    return definition.itemGroup(itemGroupOid).stream()
        .flatMap(group -> group.itemRefs().stream())
        .filter(ref -> ref.itemOid().equals(itemOid))
        .anyMatch(ItemRef::isDerived);
  }

  /** The items of a group in order, as the definition lists them. */
  public List<String> itemOrder(String itemGroupOid) {
    return definition.itemGroup(itemGroupOid).stream()
        .flatMap(group -> group.itemRefs().stream())
        .map(ItemRef::itemOid)
        .toList();
  }

  /** The English question of an item, folded to ASCII, or the item's Name. */
  public String question(String itemOid) {
    return definition
        .item(itemOid)
        .map(
            item ->
                item.question(Locale.ENGLISH).isBlank()
                    ? item.name()
                    : item.question(Locale.ENGLISH))
        .map(text -> new AsciiText().fold(text))
        .orElse(itemOid);
  }

  /** --TEST of a findings test: the CT name, else the item's question (40 characters at most). */
  public String testName(String dataset, String testCode) {
    return testNames.getOrDefault(dataset + "." + testCode, testCode);
  }

  /** --CAT of a findings test (see {@link SdtmSettings#CATEGORY_BY_TEST_PREFIX}). */
  public Optional<String> category(String dataset, String testCode, String itemGroupOid) {
    if (dataset.equals("LB")) {
      return CdiscTerms.labCategory(testCode);
    }
    if (!dataset.equals("QS") && !dataset.equals("RS")) {
      return Optional.empty();
    }
    return SdtmSettings.CATEGORY_BY_TEST_PREFIX.entrySet().stream()
        .filter(entry -> testCode.startsWith(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(
            () ->
                definition
                    .itemGroup(itemGroupOid)
                    .map(ItemGroupDef::name)
                    .map(name -> new AsciiText().fold(name).toUpperCase(Locale.ROOT)));
  }

  /** VISITNUM of a visit, empty for a Common event (logs). */
  public Optional<BigDecimal> visitNumber(String eventOid, int repeatKey) {
    Optional<StudyEventDef> event = definition.event(eventOid);
    if (event.isEmpty() || event.get().type() == EventType.COMMON) {
      return Optional.empty();
    }
    BigDecimal place = BigDecimal.valueOf(visitPlaces.get(eventOid));
    return Optional.of(
        event.get().repeating() ? place.add(BigDecimal.valueOf(repeatKey, 2)) : place);
  }

  /** VISIT of a visit: the event's name in upper case, with the repeat key when it repeats. */
  public Optional<String> visitName(String eventOid, int repeatKey) {
    return definition
        .event(eventOid)
        .filter(event -> event.type() != EventType.COMMON)
        .map(
            event -> {
              String name = new AsciiText().fold(event.name()).toUpperCase(Locale.ROOT);
              return event.repeating() ? name + " " + repeatKey : name;
            });
  }

  /** The datasets the study's annotations reach, in SDTM order (see {@link SdtmDatasets}). */
  public Set<String> subjectDatasets() {
    Set<String> present = new LinkedHashSet<>(List.of("DM", "DS", "SV"));
    Set<String> annotated = new LinkedHashSet<>();
    for (SdtmAnnotation annotation : annotations.values()) {
      annotated.add(annotation.domain());
    }
    List<String> order =
        List.of("EX", "EC", "CM", "PR", "AE", "MH", "LB", "VS", "QS", "RS", "PC", "IS", "IE");
    order.stream().filter(annotated::contains).forEach(present::add);
    return present;
  }

  /** The supplemental-qualifier datasets the annotations name, in definition order. */
  public Set<String> supplementalDatasets() {
    Set<String> supp = new LinkedHashSet<>();
    annotations.values().stream()
        .filter(SdtmAnnotation::isSupplemental)
        .forEach(annotation -> supp.add(annotation.dataset()));
    return supp;
  }

  private void nameTests() {
    Map<String, List<String>> itemsByTest = new LinkedHashMap<>();
    annotations.forEach(
        (itemOid, annotation) -> {
          if (annotation.isTest()) {
            itemsByTest
                .computeIfAbsent(
                    annotation.dataset() + "." + annotation.value().get(), k -> new ArrayList<>())
                .add(itemOid);
          }
        });
    Map<String, Integer> nameCounts = new HashMap<>();
    itemsByTest.forEach(
        (key, items) ->
            nameCounts.merge(datasetOf(key) + "|" + question(items.get(0)), 1, Integer::sum));
    itemsByTest.forEach(
        (key, items) -> {
          String dataset = datasetOf(key);
          String code = key.substring(dataset.length() + 1);
          String question = question(items.get(0));
          String name =
              CdiscTerms.test(dataset, code)
                  .map(term -> term.decode())
                  .orElseGet(
                      () ->
                          nameCounts.get(dataset + "|" + question) > 1
                              ? groupName(items.get(0)) + " " + question
                              : question);
          testNames.put(key, shorten(withoutAsides(name)));
        });
    Map<String, Long> uses = new HashMap<>();
    testNames.forEach((key, name) -> uses.merge(datasetOf(key) + "|" + name, 1L, Long::sum));
    testNames.replaceAll(
        (key, name) -> {
          if (uses.get(datasetOf(key) + "|" + name) == 1) {
            return name;
          }
          String code = key.substring(key.indexOf('.') + 1);
          return shortenTo(name, MAX_TEST_NAME - code.length() - 1) + " " + code;
        });
  }

  /** A long name without its parenthesised asides ("Left colon (with sigmoid)" to "Left colon"). */
  private static String withoutAsides(String name) {
    return name.length() <= MAX_TEST_NAME ? name : name.replaceAll("\\s*\\([^)]*\\)", "");
  }

  private String groupName(String itemOid) {
    return definition.itemGroups().stream()
        .filter(group -> group.itemRefs().stream().anyMatch(ref -> ref.itemOid().equals(itemOid)))
        .map(ItemGroupDef::name)
        .findFirst()
        .orElse("");
  }

  private static String datasetOf(String key) {
    return key.substring(0, key.indexOf('.'));
  }

  /** Cuts a name to 40 characters at a word boundary where it can (SDTM --TEST length). */
  static String shorten(String name) {
    return shortenTo(name, MAX_TEST_NAME);
  }

  /** Cuts a text to a length at a word boundary where it can, without a closing question mark. */
  static String shortenTo(String name, int max) {
    String text = name.strip();
    if (text.endsWith("?")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max).strip();
  }
}
