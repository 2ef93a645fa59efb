package org.ecrf.crf.domain;

import java.util.List;
import java.util.Set;
import org.ecrf.security.domain.Role;

/**
 * Items hidden from some roles for subjects of some arms (extension element edc:Blinding). Hidden
 * means neither shown nor entered, everywhere: TOPIT hides trough levels, antibodies to infliximab
 * and everything derived from them from investigators, nurses and monitors in the standard arm
 * (issue 6).
 *
 * @param roles the roles that must not see the items
 * @param armCodes the arms (edc:Arm Code) whose subjects' values are hidden
 * @param itemOids the hidden items
 */
public record BlindingRule(Set<Role> roles, Set<String> armCodes, List<String> itemOids) {

  public BlindingRule {
    roles = Set.copyOf(roles);
    armCodes = Set.copyOf(armCodes);
    itemOids = List.copyOf(itemOids);
  }

  /** True when this rule hides the item from the role for a subject of the arm. */
  public boolean hides(String itemOid, Role role, String armCode) {
    return roles.contains(role) && armCodes.contains(armCode) && itemOids.contains(itemOid);
  }
}
