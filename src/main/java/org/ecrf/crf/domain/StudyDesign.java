package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * The design parts of a study definition: sites, arms and randomisation, the Protocol's event
 * order, blinding and the dosing rule set.
 *
 * @param locations the AdminData Locations (sites), in file order; empty when the file has none
 * @param arms the arms, in file order (the randomisation ratio follows this order)
 * @param randomisation how subjects are allocated; empty for a study without randomisation
 * @param protocol the Protocol's StudyEventRefs, in order
 * @param blindingRules what is hidden from whom
 * @param dosingRuleSet the dosing rules; empty for a study without dosing advice
 */
public record StudyDesign(
    List<LocationDef> locations,
    List<ArmDef> arms,
    Optional<RandomisationDef> randomisation,
    List<StudyEventRef> protocol,
    List<BlindingRule> blindingRules,
    Optional<DosingRuleSetDef> dosingRuleSet) {

  public StudyDesign {
    locations = List.copyOf(locations);
    arms = List.copyOf(arms);
    protocol = List.copyOf(protocol);
    blindingRules = List.copyOf(blindingRules);
  }

  /** The study sites among the locations. */
  public List<LocationDef> sites() {
    return locations.stream().filter(LocationDef::isSite).toList();
  }

  /** The arm with a code (e.g. TDM). */
  public Optional<ArmDef> arm(String code) {
    return arms.stream().filter(arm -> arm.code().equals(code)).findFirst();
  }
}
