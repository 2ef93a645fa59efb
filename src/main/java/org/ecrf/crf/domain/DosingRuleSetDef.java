package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * The versioned dosing rule set of a study (extension element edc:DosingRuleSet at the end of the
 * MetaDataVersion), as written. The rules are in priority order: the first whose condition holds
 * fires.
 *
 * @param header name, version, status and note
 * @param standardRegimen the standard regimen
 * @param limits the bounds of any advice
 * @param targetWindows per-visit windows and the one default window
 * @param rules in priority order
 */
public record DosingRuleSetDef(
    DosingRuleSetHeader header,
    StandardRegimenDef standardRegimen,
    DosingLimitsDef limits,
    List<TargetWindowDef> targetWindows,
    List<DosingRuleDef> rules) {

  public DosingRuleSetDef {
    targetWindows = List.copyOf(targetWindows);
    rules = List.copyOf(rules);
  }

  /** The window for a visit: its own, else the default one. */
  public Optional<TargetWindowDef> targetWindowFor(String studyEventOid) {
    return targetWindows.stream()
        .filter(window -> window.studyEventOid().filter(studyEventOid::equals).isPresent())
        .findFirst()
        .or(() -> targetWindows.stream().filter(TargetWindowDef::isDefault).findFirst());
  }
}
