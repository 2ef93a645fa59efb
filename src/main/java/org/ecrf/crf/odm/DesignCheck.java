package org.ecrf.crf.odm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.OidKind;

/**
 * What the extension schema cannot say about the study design: arm codes are unique and the
 * randomisation fits the arms; visit timing is complete and has one anchor; a CRITICAL SDV plan has
 * critical items; layout extensions appear once and a choice control belongs to a code list.
 */
final class DesignCheck {

  private final OidIndex index;
  private final FaultCollector faults;

  private DesignCheck(OidIndex index, FaultCollector faults) {
    this.index = index;
    this.faults = faults;
  }

  static void check(OdmElement odm, OidIndex index, FaultCollector faults) {
    DesignCheck check = new DesignCheck(index, faults);
    for (OdmElement study : odm.children("Study")) {
      for (OdmElement mdv : study.children("MetaDataVersion")) {
        mdv.child("Protocol").ifPresent(check::checkArms);
        check.checkTiming(mdv.children("StudyEventDef"));
      }
    }
    index.all(OidKind.FORM).forEach(form -> check.checkSdvPlan(form.element()));
    index
        .all(OidKind.ITEM_GROUP)
        .forEach(group -> check.checkOnce(group.element(), "SectionTitle", "SectionIntro"));
    index.all(OidKind.ITEM).forEach(item -> check.checkItemLayout(item.element()));
  }

  private void checkArms(OdmElement protocol) {
    List<OdmElement> arms = protocol.edcChildren("Arm");
    Map<String, OdmElement> codes = new HashMap<>();
    for (OdmElement arm : arms) {
      OdmElement first = codes.putIfAbsent(arm.attributeOrEmpty("Code"), arm);
      if (first != null) {
        faults.error(
            FaultKind.DESIGN,
            arm,
            "edc:Arm "
                + arm.attributeOrEmpty("OID")
                + " has the code "
                + arm.attributeOrEmpty("Code")
                + ", which edc:Arm "
                + first.attributeOrEmpty("OID")
                + " already has.");
      }
    }
    protocol.edcChild("Randomisation").ifPresent(r -> checkRandomisation(r, arms.size()));
  }

  private void checkRandomisation(OdmElement randomisation, int armCount) {
    String ratio = randomisation.attributeOrEmpty("Ratio");
    String[] weights = ratio.split(":");
    if (armCount < 2) {
      faults.error(
          FaultKind.DESIGN,
          randomisation,
          "edc:Randomisation needs at least two edc:Arm elements, found " + armCount + ".");
      return;
    }
    if (weights.length != armCount) {
      faults.error(
          FaultKind.DESIGN,
          randomisation,
          "edc:Randomisation Ratio "
              + ratio
              + " has "
              + weights.length
              + " parts but there are "
              + armCount
              + " arms.");
      return;
    }
    int sum = 0;
    for (String weight : weights) {
      sum += OdmValues.integer(weight).orElse(0);
    }
    for (String block : OdmValues.tokens(randomisation.attribute("BlockSizes"))) {
      int size = OdmValues.integer(block).orElse(0);
      if (sum > 0 && size % sum != 0) {
        faults.error(
            FaultKind.DESIGN,
            randomisation,
            "edc:Randomisation block size "
                + size
                + " is not a multiple of "
                + sum
                + ", the sum of the ratio "
                + ratio
                + ".");
      }
    }
  }

  private void checkTiming(List<OdmElement> events) {
    int anchors = 0;
    boolean anchored = false;
    for (OdmElement event : events) {
      Optional<Integer> offset = event.edcAttribute("OffsetDays").flatMap(OdmValues::integer);
      boolean windowOrAnchor =
          event.edcAttribute("WindowBeforeDays").isPresent()
              || event.edcAttribute("WindowAfterDays").isPresent()
              || event.edcAttribute("Anchor").isPresent();
      if (offset.isEmpty() && windowOrAnchor) {
        faults.error(
            FaultKind.DESIGN,
            event,
            "StudyEventDef "
                + event.attributeOrEmpty("OID")
                + " has a visit window or anchor but no edc:OffsetDays to place it.");
      }
      boolean firstInfusion = !"PREVIOUS_INFUSION".equals(event.edcAttribute("Anchor").orElse(""));
      if (offset.isPresent() && firstInfusion) {
        anchored = true;
        if (offset.get() == 0 && "Yes".equals(event.edcAttribute("Infusion").orElse(""))) {
          anchors++;
        }
      }
    }
    if (anchored && anchors != 1 && !events.isEmpty()) {
      faults.error(
          FaultKind.DESIGN,
          events.get(0),
          "Visits are planned from the first infusion, so exactly one StudyEventDef must have"
              + " edc:OffsetDays 0 with edc:Infusion Yes; found "
              + anchors
              + ".");
    }
  }

  private void checkSdvPlan(OdmElement form) {
    if (!"CRITICAL".equals(form.edcAttribute("SdvPlan").orElse(""))) {
      return;
    }
    boolean anyCritical =
        form.children("ItemGroupRef").stream()
            .flatMap(
                ref ->
                    index.find(OidKind.ITEM_GROUP, ref.attributeOrEmpty("ItemGroupOID")).stream())
            .flatMap(group -> group.children("ItemRef").stream())
            .anyMatch(ref -> "Yes".equals(ref.edcAttribute("Critical").orElse("")));
    if (!anyCritical) {
      faults.error(
          FaultKind.DESIGN,
          form,
          "FormDef "
              + form.attributeOrEmpty("OID")
              + " has the SDV plan CRITICAL but none of its"
              + " ItemRefs is edc:Critical=\"Yes\", so nothing would be verified.");
    }
  }

  private void checkItemLayout(OdmElement item) {
    checkOnce(item, "Help");
    if (item.edcAttribute("Control").isPresent() && item.child("CodeListRef").isEmpty()) {
      faults.error(
          FaultKind.DESIGN,
          item,
          "ItemDef "
              + item.attributeOrEmpty("OID")
              + " has edc:Control "
              + item.edcAttribute("Control").orElse("")
              + " but no CodeListRef to choose from.");
    }
  }

  private void checkOnce(OdmElement owner, String... edcNames) {
    for (String name : edcNames) {
      List<OdmElement> found = owner.edcChildren(name);
      if (found.size() > 1) {
        faults.error(
            FaultKind.DESIGN,
            found.get(1),
            owner.displayName()
                + " "
                + owner.attributeOrEmpty("OID")
                + " has "
                + found.size()
                + " edc:"
                + name
                + " elements; give one, with a TranslatedText per language.");
      }
    }
  }
}
