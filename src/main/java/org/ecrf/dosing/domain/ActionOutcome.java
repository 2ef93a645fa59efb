package org.ecrf.dosing.domain;

import java.util.Set;

/** The regimen an action recommends, the flags it raises and a sentence saying what it did. */
record ActionOutcome(Regimen regimen, Set<AdviceFlag> flags, String text) {

  ActionOutcome {
    flags = Set.copyOf(flags);
  }

  static ActionOutcome of(Regimen regimen, String text, AdviceFlag... flags) {
    return new ActionOutcome(regimen, Set.of(flags), text);
  }
}
