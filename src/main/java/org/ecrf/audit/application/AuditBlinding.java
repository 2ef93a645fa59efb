package org.ecrf.audit.application;

import java.util.Set;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.security.domain.Role;

/**
 * Whether the audit trail must hide an item's values from a reader: when the study definition's
 * blinding rules (edc:Blinding; in TOPIT trough levels, antibodies to infliximab and the dosing
 * advice derived from them, hidden from investigators, nurses and monitors for subjects in the
 * standard arm, issue 6) hide the item from any role the reader holds at the subject's site, by the
 * one rule of {@link StudyDefinition#isHiddenFrom}.
 */
final class AuditBlinding {

  private AuditBlinding() {}

  /**
   * @param rolesAtSite the reader's roles at the subject's site, study-wide ones included
   * @param armCode the subject's arm, empty when not randomised
   */
  static boolean hidesValues(
      StudyDefinition definition, Set<Role> rolesAtSite, String armCode, ItemPath path) {
    if (path == null || path.itemOid() == null) {
      return false;
    }
    return definition.isHiddenFrom(path.itemOid(), rolesAtSite, armCode);
  }
}
