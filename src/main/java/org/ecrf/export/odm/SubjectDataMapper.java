package org.ecrf.export.odm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.AnnotationData;
import org.ecrf.crf.odm.clinical.FormSnapshot;
import org.ecrf.crf.odm.clinical.Provenance;
import org.ecrf.crf.odm.clinical.SourcePosition;
import org.ecrf.crf.odm.clinical.StudyEventDataHeader;
import org.ecrf.crf.odm.clinical.StudyEventSnapshot;
import org.ecrf.crf.odm.clinical.SubjectDataHeader;
import org.ecrf.crf.odm.clinical.SubjectSnapshot;
import org.ecrf.export.odm.OdmReconciliation.Count;
import org.ecrf.export.odm.QueryAnnotations.Level;
import org.ecrf.security.domain.Role;

/**
 * One subject's SubjectData in the ClinicalData of one MetaDataVersion: the visits inside the date
 * range with the forms entered under that version, in the order of the definition (anything it does
 * not list last, by OID), values as stored with their units and the AuditRecord of their last
 * change, each form's valid signature, and the queries as annotations on the item, form or visit
 * they are about. Items the reader's roles are blinded to for the subject's arm are left out with
 * their audit records and queries, and so is a row whose every value is blinded. Visit-level
 * queries, queries about forms without data, and the subject itself belong to the subject's home
 * version (the newest it has data under, else the study's current one). Everything read and written
 * is counted.
 */
public final class SubjectDataMapper {

  private final Function<String, StudyDefinition> definitions;
  private final Set<Role> readerRoles;
  private final Predicate<LocalDate> coveredVisitDate;
  private final List<String> signatureMeanings;

  /**
   * @param definitions the study's definition by MetaDataVersion OID (ordering, blinding rules)
   * @param readerRoles the roles of whoever asked for the export
   * @param coveredVisitDate whether a visit's date is inside the export's date range
   * @param signatureMeanings the meanings of the AdminData's SignatureDefs, in their order ({@link
   *     OdmOids#signatureDef})
   */
  public SubjectDataMapper(
      Function<String, StudyDefinition> definitions,
      Set<Role> readerRoles,
      Predicate<LocalDate> coveredVisitDate,
      List<String> signatureMeanings) {
    this.definitions = definitions;
    this.readerRoles = Set.copyOf(readerRoles);
    this.coveredVisitDate = coveredVisitDate;
    this.signatureMeanings = List.copyOf(signatureMeanings);
  }

  /**
   * The subject's part of the ClinicalData of {@code version}; empty when the subject has nothing
   * there and it is not the subject's home version.
   */
  public Optional<SubjectSnapshot> subject(
      SubjectRecord subject, String version, String homeVersion, OdmReconciliation counts) {
    boolean home = version.equals(homeVersion);
    StudyDefinition definition = definitions.apply(version);
    List<FormRecord> forms =
        subject.forms().stream().filter(f -> f.metaDataVersionOid().equals(version)).toList();
    List<QueryRecord> queries =
        subject.queries().stream()
            .filter(q -> versionOf(subject, q, homeVersion).equals(version))
            .sorted(Comparator.comparingLong(QueryRecord::id))
            .toList();
    if (home) {
      counts.read(Count.SUBJECTS, 1);
    } else if (forms.isEmpty() && queries.isEmpty()) {
      return Optional.empty();
    }
    SubjectPart part =
        new SubjectPart(subject, definition, blinding(definition, subject), counts, this);
    List<QueryRecord> writable = part.writable(queries);
    Map<VisitRecord, List<FormSnapshot>> written = new LinkedHashMap<>();
    for (FormRecord form : forms) {
      part.form(form, writable)
          .ifPresent(f -> written.computeIfAbsent(form.visit(), v -> new ArrayList<>()).add(f));
    }
    Map<VisitRecord, List<QueryRecord>> onVisits = part.visitQueries(writable);
    List<StudyEventSnapshot> events =
        visitsInOrder(definition, written, onVisits).stream()
            .map(visit -> event(definition, visit, written, onVisits))
            .toList();
    if (home) {
      counts.written(Count.SUBJECTS, 1);
    }
    return Optional.of(
        new SubjectSnapshot(
            new SubjectDataHeader(
                subject.subjectKey(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(OdmOids.location(subject.siteCode())),
                Provenance.NONE,
                SourcePosition.NONE),
            events));
  }

  /** The version whose ClinicalData carries a query: its form's, else the home version. */
  static String versionOf(SubjectRecord subject, QueryRecord query, String homeVersion) {
    return query
        .formOid()
        .flatMap(
            form ->
                subject.forms().stream()
                    .filter(f -> f.is(query.eventOid(), query.eventRepeat(), form))
                    .map(FormRecord::metaDataVersionOid)
                    .findFirst())
        .orElse(homeVersion);
  }

  private Predicate<String> blinding(StudyDefinition definition, SubjectRecord subject) {
    String arm = subject.armCode().orElse("");
    return itemOid -> definition.isHiddenFrom(itemOid, readerRoles, arm);
  }

  /** The OID of the SignatureDef of a meaning. */
  String signatureDefOid(String meaning) {
    int at = signatureMeanings.indexOf(meaning);
    if (at < 0) {
      throw new IllegalStateException(
          "No SignatureDef was written for the signature meaning '" + meaning + "'");
    }
    return OdmOids.signatureDef(at);
  }

  /** Whether a visit's date is in range; a visit not stored (no date) always is. */
  boolean covers(SubjectRecord subject, String eventOid, int repeat) {
    return subject.visits().stream()
        .filter(v -> v.is(eventOid, repeat))
        .findFirst()
        .flatMap(VisitRecord::visitDate)
        .map(coveredVisitDate::test)
        .orElse(true);
  }

  private static List<VisitRecord> visitsInOrder(
      StudyDefinition definition,
      Map<VisitRecord, List<FormSnapshot>> written,
      Map<VisitRecord, List<QueryRecord>> onVisits) {
    List<String> order = definition.events().stream().map(e -> e.oid()).toList();
    List<VisitRecord> visits = new ArrayList<>(written.keySet());
    onVisits.keySet().stream().filter(v -> !written.containsKey(v)).forEach(visits::add);
    visits.sort(byOrder(order, VisitRecord::eventOid).thenComparingInt(VisitRecord::repeatKey));
    return visits;
  }

  private static StudyEventSnapshot event(
      StudyDefinition definition,
      VisitRecord visit,
      Map<VisitRecord, List<FormSnapshot>> written,
      Map<VisitRecord, List<QueryRecord>> onVisits) {
    List<String> formOrder =
        definition
            .event(visit.eventOid())
            .map(e -> e.formRefs().stream().map(ref -> ref.formOid()).toList())
            .orElse(List.of());
    List<FormSnapshot> forms = new ArrayList<>(written.getOrDefault(visit, List.of()));
    forms.sort(byOrder(formOrder, f -> f.header().formOid()));
    List<AnnotationData> annotations =
        QueryAnnotations.of(onVisits.getOrDefault(visit, List.of()), Level.VISIT);
    return new StudyEventSnapshot(
        new StudyEventDataHeader(
            visit.eventOid(),
            Integer.toString(visit.repeatKey()),
            Optional.empty(),
            Provenance.NONE.withAnnotations(annotations),
            SourcePosition.NONE),
        forms);
  }

  /** Definition order first, then anything the definition does not list, by OID. */
  static <T> Comparator<T> byOrder(List<String> order, Function<T, String> oid) {
    ToIntFunction<T> rank =
        value -> {
          int at = order.indexOf(oid.apply(value));
          return at < 0 ? Integer.MAX_VALUE : at;
        };
    return Comparator.comparingInt(rank).thenComparing(oid);
  }

  /** The queries of a list that are about one form. */
  static List<QueryRecord> about(List<QueryRecord> queries, FormRecord form) {
    return queries.stream()
        .filter(q -> q.formOid().filter(f -> form.is(q.eventOid(), q.eventRepeat(), f)).isPresent())
        .collect(Collectors.toList());
  }
}
