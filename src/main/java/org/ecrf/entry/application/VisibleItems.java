package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.BlindedItems;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.subject.domain.Subject;

/**
 * What the caller may see of a child's data under the study's blinding rules (e.g. TOPIT's trough
 * levels, hidden from site staff and monitors for children of the standard arm): an item is visible
 * when the caller holds a role at the child's site and none of their roles there is blinded to it
 * ({@link org.ecrf.crf.domain.StudyDefinition#isHiddenFrom}). Every door of clinical data asks
 * here: the export leaves blinded items out, the import refuses them (so that neither an answer nor
 * a refusal tells a blinded caller anything about a stored value), the entry page shows "blinded"
 * and never sends the value, and a save keeps the stored value whatever is sent.
 */
@ApplicationScoped
public class VisibleItems {

  @Inject private CurrentUser currentUser;
  @Inject private EntryAccess access;

  /** True when the caller may see the item's values for this subject. */
  public boolean isVisible(StudyDefinition definition, Subject subject, String itemOid) {
    return visibleItems(definition, currentUser.access(), subject).test(itemOid);
  }

  /** The items of the definition the caller is blinded to for this subject. */
  public BlindedItems blindedItems(StudyDefinition definition, Subject subject) {
    Predicate<String> visible = visibleItems(definition, currentUser.access(), subject);
    Set<String> blinded =
        definition.items().stream()
            .map(ItemDef::oid)
            .filter(visible.negate())
            .collect(Collectors.toSet());
    return new BlindedItems(blinded);
  }

  /**
   * The items the caller is blinded to on a form's page.
   *
   * @throws org.ecrf.shared.NotFoundException when the caller may not see the subject
   */
  public BlindedItems blindedItems(FormAddress address, StudyDefinition definition) {
    return blindedItems(definition, access.visibleSubject(address));
  }

  static Predicate<String> visibleItems(
      StudyDefinition definition, SiteAccessPolicy access, Subject subject) {
    return visibleItems(definition, access, subject.site().code(), subject.armCode().orElse(""));
  }

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
    return itemOid -> !roles.isEmpty() && !definition.isHiddenFrom(itemOid, roles, armCode);
  }
}
