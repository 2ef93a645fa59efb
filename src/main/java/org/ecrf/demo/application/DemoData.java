package org.ecrf.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.demo.persistence.SeedMarker;
import org.ecrf.randomization.application.AllocationListService;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserProfile;
import org.ecrf.security.domain.UserRepository;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.NewSubject;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectKey;
import org.ecrf.subject.domain.SubjectRepository;

/**
 * Creates the demo team in one transaction, audited as done by the system. A marker row makes it
 * happen once per database even when several server instances start together: the second waits for
 * the first and then finds it.
 */
@ApplicationScoped
public class DemoData {

  enum Outcome {
    SEEDED,
    ALREADY_SEEDED,
    NOT_EMPTY
  }

  private static final String MARKER = "demo.seeded";

  @Inject private SeedMarker marker;
  @Inject private SiteRepository sites;
  @Inject private UserRepository users;
  @Inject private PasswordHasher hasher;
  @Inject private AuditTrail auditTrail;
  @Inject private SubjectRepository subjects;
  @Inject private AllocationListService allocationLists;
  @Inject private Clock clock;

  @Transactional
  public Outcome seedIfEmpty() {
    if (marker.isClaimed(MARKER)) {
      return Outcome.ALREADY_SEEDED;
    }
    if (users.count() > 0) {
      return Outcome.NOT_EMPTY;
    }
    if (!marker.claim(MARKER, clock.instant())) {
      return Outcome.ALREADY_SEEDED;
    }
    Instant now = clock.instant();
    Map<String, Site> created = new HashMap<>();
    for (DemoTeam.DemoSite demoSite : DemoTeam.SITES) {
      Site site = new Site(demoSite.code(), demoSite.details(), now);
      sites.add(site);
      sites.flush();
      created.put(site.code(), site);
      audit(AuditEventType.SITE_CREATED, "site:" + site.code(), site.details().toString());
    }
    for (DemoTeam.DemoUser demoUser : DemoTeam.USERS) {
      UserAccount account =
          new UserAccount(
              demoUser.username(),
              new UserProfile(demoUser.displayName(), null),
              hasher.hash(DemoTeam.PASSWORD.toCharArray()),
              now);
      users.add(account);
      audit(
          AuditEventType.USER_CREATED, "user:" + account.username(), account.profile().toString());
      for (DemoTeam.Grant grant : demoUser.grants()) {
        Site site = grant.siteCode() == null ? null : created.get(grant.siteCode());
        String granted = account.grant(grant.role(), site, AuditEntry.SYSTEM_ACTOR, now).toString();
        audit(AuditEventType.ROLE_GRANTED, "user:" + account.username(), granted);
      }
    }
    for (DemoTeam.DemoSubject demoSubject : DemoTeam.SUBJECTS) {
      registerSubject(demoSubject, created.get(demoSubject.site()), now);
    }
    allocationLists.generateForDemo(DemoTeam.STUDY, DemoTeam.PLACES_PER_STRATUM);
    return Outcome.SEEDED;
  }

  private void registerSubject(DemoTeam.DemoSubject demo, Site site, Instant now) {
    NewSubject details =
        NewSubject.parse(
            demo.site(), demo.birthMonth(), demo.sex(), demo.diagnosis(), LocalDate.now(clock));
    SubjectKey key = new SubjectKey(site.code(), subjects.nextSequence(DemoTeam.STUDY, site.id()));
    subjects.add(new Subject(DemoTeam.STUDY, key, site, details, AuditEntry.SYSTEM_ACTOR, now));
    auditTrail.record(
        AuditEntry.about(
                AuditEventType.SUBJECT_ENROLLED,
                AuditEntry.SYSTEM_ACTOR,
                AuditSource.SYSTEM,
                ItemPath.subject(DemoTeam.STUDY, key.value()))
            .atSite(site.code(), null)
            .withValues(
                null, "born " + demo.birthMonth() + ", " + demo.sex() + ", " + demo.diagnosis())
            .withReason("demo mode"));
  }

  private void audit(AuditEventType type, String target, String newValue) {
    auditTrail.record(
        AuditEntry.of(type, AuditEntry.SYSTEM_ACTOR, AuditSource.SYSTEM, target)
            .withValues(null, newValue)
            .withReason("demo mode"));
  }
}
