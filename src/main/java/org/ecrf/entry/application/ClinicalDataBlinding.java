package org.ecrf.entry.application;

import java.util.Set;
import java.util.function.Predicate;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;

/**
 * Which items of a child's data a caller may see under the study's blinding rules (e.g. TOPIT's
 * trough levels, hidden from site staff and monitors for children of the standard arm): an item is
 * visible when at least one of the caller's roles at the child's site is not blinded to it. The
 * export leaves blinded items out; the import refuses them, so that neither an answer nor a refusal
 * tells a blinded caller anything about a stored value.
 */
final class ClinicalDataBlinding {

  private ClinicalDataBlinding() {}

  /**
   * The items the caller may see for a child.
   *
   * @param definition the MetaDataVersion with its blinding rules
   * @param access the caller's roles
   * @param siteCode the child's site
   * @param armCode the child's arm; empty text before randomisation (nothing blinded by arm)
   */
  static Predicate<String> visibleItems(
      StudyDefinition definition, SiteAccessPolicy access, String siteCode, String armCode) {
    Set<Role> roles = access.rolesAt(siteCode);
    return itemOid ->
        roles.stream().anyMatch(role -> !definition.isBlinded(itemOid, role, armCode));
  }
}
