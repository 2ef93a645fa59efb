package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.crf.domain.SectionLayout;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SdvRequirementTest {

  private static final ItemGroupKey SECTION = ItemGroupKey.of("IG.A");

  private static final List<ItemGroupDef> FORM =
      List.of(
          section(
              "IG.A",
              false,
              item("I.CRIT", true, false),
              item("I.PLAIN", false, false),
              item("I.DERIVED", true, true),
              item("I.EMPTY", true, false),
              item("I.ABSENT", true, false)),
          section("IG.ROWS", true, item("I.TERM", true, false)));

  private static final FormValues STORED =
      FormValues.builder()
          .value(SECTION, "I.CRIT", EnteredValue.of("12"))
          .value(SECTION, "I.PLAIN", EnteredValue.of("x"))
          .value(SECTION, "I.DERIVED", EnteredValue.of("40"))
          .value(SECTION, "I.EMPTY", EnteredValue.of("  "))
          .value(new ItemGroupKey("IG.ROWS", 2), "I.TERM", EnteredValue.of("Rash"))
          .value(new ItemGroupKey("IG.ROWS", 1), "I.TERM", EnteredValue.of("Headache"))
          .build();

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvFileSource(resources = "/monitoring/sdv-requirement.csv", numLinesToSkip = 1)
  void thePlanNamesTheStoredEnteredItemsToVerify(SdvPlan plan, String itemOid, boolean required) {
    List<ItemPath> items = SdvRequirement.required(plan, FORM, STORED);

    assertThat(items.contains(ItemPath.of(SECTION, itemOid))).isEqualTo(required);
  }

  @Test
  void listsTheItemsInFormOrderWithRowsByRepeatKey() {
    assertThat(SdvRequirement.required(SdvPlan.CRITICAL, FORM, STORED))
        .containsExactly(
            ItemPath.of(SECTION, "I.CRIT"),
            ItemPath.of(new ItemGroupKey("IG.ROWS", 1), "I.TERM"),
            ItemPath.of(new ItemGroupKey("IG.ROWS", 2), "I.TERM"));
  }

  @Test
  void pendingLeavesOutTheVerifiedItemsOnly() {
    List<ItemPath> required = SdvRequirement.required(SdvPlan.CRITICAL, FORM, STORED);

    assertThat(
            SdvRequirement.pending(
                required,
                List.of(
                    ItemPath.of(new ItemGroupKey("IG.ROWS", 1), "I.TERM"),
                    ItemPath.of(SECTION, "I.PLAIN"))))
        .containsExactly(
            ItemPath.of(SECTION, "I.CRIT"), ItemPath.of(new ItemGroupKey("IG.ROWS", 2), "I.TERM"));
  }

  private static ItemGroupDef section(String oid, boolean repeating, ItemRef... items) {
    return new ItemGroupDef(
        oid,
        oid,
        repeating,
        "",
        List.of(items),
        new SectionLayout(LocalizedText.of("en", oid), LocalizedText.EMPTY, 1));
  }

  private static ItemRef item(String oid, boolean critical, boolean derived) {
    return new ItemRef(
        oid,
        1,
        false,
        Optional.empty(),
        derived ? Optional.of("MT.X") : Optional.empty(),
        critical);
  }
}
