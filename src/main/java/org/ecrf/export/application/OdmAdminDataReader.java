package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.StoredDefinition;
import org.ecrf.crf.domain.StoredDefinitionRepository;
import org.ecrf.crf.odm.clinical.LocationData;
import org.ecrf.crf.odm.clinical.MetaDataVersionRefData;
import org.ecrf.crf.odm.clinical.StudyMetadata.MetaDataFile;
import org.ecrf.crf.odm.clinical.UserData;
import org.ecrf.export.odm.AdminDataMapper;
import org.ecrf.security.domain.RoleAssignment;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.site.domain.Site;

/**
 * The study-wide reads of the ODM export, made before any subject is written because ODM puts them
 * first: the study versions the data use, the signature meanings, the users the audit records and
 * signatures name, and the sites. Each is one or two JPQL queries over the whole scope. The users
 * are those who entered or changed any value or signed any form of the subjects in scope: a few may
 * name only values changed again since, which the file then does not refer to.
 */
@ApplicationScoped
public class OdmAdminDataReader {

  private static final String VALUE_EVENTS = " AND e.type IN :types AND e.itemOid IS NOT NULL";

  @PersistenceContext private EntityManager em;
  @Inject private StoredDefinitionRepository definitions;

  /**
   * The stored definition file of a study version, as validated and stored, and the day it was
   * stored (UTC), from which sites use it.
   *
   * @throws IllegalStateException when the version is not stored
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StoredVersion storedVersion(String studyOid, String metaDataVersionOid) {
    StoredDefinition stored =
        definitions
            .byVersion(studyOid, metaDataVersionOid)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Study " + studyOid + " has no stored version " + metaDataVersionOid));
    return new StoredVersion(
        new MetaDataFile(metaDataVersionOid, stored.file().content()),
        new MetaDataVersionRefData(
            studyOid, metaDataVersionOid, LocalDate.ofInstant(stored.storedAt(), ZoneOffset.UTC)));
  }

  /**
   * A stored study version as the export writes it.
   *
   * @param file the definition file for the Study metadata
   * @param reference the version with the date sites use it from, for the Locations
   */
  public record StoredVersion(MetaDataFile file, MetaDataVersionRefData reference) {}

  /** The MetaDataVersions the forms of the subjects in scope were entered under. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> versionsUsed(ExportScope scope) {
    return OdmScopeJpql.scoped(
            em.createQuery(
                "SELECT DISTINCT f.metaDataVersion FROM FormData f"
                    + " WHERE f.event.subject.studyOid = :study"
                    + OdmScopeJpql.siteOf("f.event.subject", scope),
                String.class),
            scope)
        .getResultList();
  }

  /** The meanings of the valid signatures of the subjects in scope, sorted. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> signatureMeanings(ExportScope scope) {
    return new ArrayList<>(
        new TreeSet<>(
            OdmScopeJpql.scoped(
                    em.createQuery(
                        "SELECT DISTINCT s.meaning FROM FormSignature s WHERE s.voidedAt IS NULL"
                            + " AND s.form.event.subject.studyOid = :study"
                            + OdmScopeJpql.siteOf("s.form.event.subject", scope),
                        String.class),
                    scope)
                .getResultList()));
  }

  /** The users who entered values or signed forms of the subjects in scope, by login name. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<UserData> users(ExportScope scope) {
    TreeSet<String> names = new TreeSet<>(valueEvents("e.actor", scope));
    names.addAll(
        OdmScopeJpql.scoped(
                em.createQuery(
                    "SELECT DISTINCT s.signedBy FROM FormSignature s WHERE s.voidedAt IS NULL"
                        + " AND s.form.event.subject.studyOid = :study"
                        + OdmScopeJpql.siteOf("s.form.event.subject", scope),
                    String.class),
                scope)
            .getResultList());
    if (names.isEmpty()) {
      return List.of();
    }
    Map<String, UserAccount> accounts =
        em
            .createQuery(
                "SELECT u FROM UserAccount u WHERE u.username IN :names", UserAccount.class)
            .setParameter("names", names)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(UserAccount::username, Function.identity()));
    return names.stream()
        .map(
            name -> {
              UserAccount account = accounts.get(name);
              return account == null
                  ? AdminDataMapper.user(name, Optional.empty(), Set.of())
                  : AdminDataMapper.user(
                      name,
                      Optional.of(account.displayName()),
                      account.roleAssignments().stream()
                          .map(RoleAssignment::role)
                          .collect(Collectors.toSet()));
            })
        .toList();
  }

  /**
   * The sites of the subjects in scope and those the value changes were made at, each using the
   * study versions written.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<LocationData> sites(ExportScope scope, List<MetaDataVersionRefData> versions) {
    TreeSet<String> codes =
        new TreeSet<>(
            OdmScopeJpql.scoped(
                    em.createQuery(
                        "SELECT DISTINCT s.site.code FROM Subject s WHERE s.studyOid = :study"
                            + OdmScopeJpql.siteOf("s", scope),
                        String.class),
                    scope)
                .getResultList());
    codes.addAll(valueEvents("e.siteCode", scope).stream().filter(code -> code != null).toList());
    if (codes.isEmpty()) {
      return List.of();
    }
    Map<String, String> names =
        em
            .createQuery("SELECT s FROM Site s WHERE s.code IN :codes", Site.class)
            .setParameter("codes", codes)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Site::code, Site::name));
    return codes.stream()
        .map(code -> AdminDataMapper.site(code, names.getOrDefault(code, code), versions))
        .toList();
  }

  /** One field of the value events of the subjects in scope, distinct. */
  private List<String> valueEvents(String field, ExportScope scope) {
    String subjects =
        scope.siteCode().isPresent()
            ? " AND e.subjectKey IN (SELECT s.subjectKey FROM Subject s"
                + " WHERE s.studyOid = :study AND s.site.code = :site)"
            : "";
    return OdmScopeJpql.scoped(
            em.createQuery(
                "SELECT DISTINCT "
                    + field
                    + " FROM AuditEvent e WHERE e.studyOid = :study"
                    + VALUE_EVENTS
                    + subjects,
                String.class),
            scope)
        .setParameter("types", OdmStudyReader.VALUE_CHANGES)
        .getResultList();
  }
}
