package org.ecrf.bench;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ecrf.bench.TopitStudyGenerator.Child;
import org.ecrf.bench.TopitStudyGenerator.Generated;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;

/**
 * The peer study ({@link PeerStudy}) made through the public API: the administrator uploads its
 * definition, investigators register the subjects at Potsdam and Berlin, and each subject's three
 * visits are imported as one ODM ClinicalData file (what other EDC systems measure as "import").
 * Values are plausible and drawn from a seeded random source, so a run can be repeated.
 */
final class PeerStudyGenerator {

  private static final LocalDate FIRST_VISIT = LocalDate.of(2025, 3, 3);

  private final URL server;
  private final Random random;

  PeerStudyGenerator(URL server, long seed) {
    this.server = server;
    this.random = new Random(seed);
  }

  /**
   * Uploads the definition as the administrator does; a definition already stored with the same
   * content is accepted as it is.
   */
  void upload() {
    Answer answer =
        ApiClient.asDemoUser(server, "admin")
            .postXml(
                "api/v1/definitions?fileName=" + PeerStudy.FILE_NAME,
                new String(PeerStudy.definition(), StandardCharsets.UTF_8));
    if (answer.status() != 201 && answer.status() != 200) {
      throw new IllegalStateException("The peer study definition was refused: " + answer);
    }
  }

  /** Registers the subjects and imports their visits, timing the imports alone. */
  Generated generate(int subjects) {
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      String site = i % 2 == 0 ? "POT" : "BER";
      String investigator = "inv." + site.toLowerCase(Locale.ROOT);
      children.add(new Child(register(investigator, site), site, investigator, "CD"));
    }
    int forms = 0;
    long nanos = 0;
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      String odm = LoadForm.clinicalData(PeerStudy.STUDY, visits(child, FIRST_VISIT.plusDays(i)));
      ApiClient investigator = ApiClient.asDemoUser(server, child.investigator());
      long started = System.nanoTime();
      Answer answer = investigator.postXml(PeerStudy.WEIGHT.studyPath() + "clinicaldata", odm);
      nanos += System.nanoTime() - started;
      forms += storedForms(answer);
    }
    return new Generated(List.copyOf(children), forms, nanos);
  }

  /**
   * Registers a subject; the platform asks every subject's birth month, sex and diagnosis, which
   * the peer form does not use.
   */
  private String register(String investigator, String site) {
    String body =
        "{\"site\": \"%s\", \"birthMonth\": \"%s\", \"sex\": \"%s\", \"diagnosis\": \"CD\"}"
            .formatted(
                site,
                YearMonth.of(1950 + random.nextInt(50), 1 + random.nextInt(12)),
                random.nextBoolean() ? "F" : "M");
    Answer answer =
        ApiClient.asDemoUser(server, investigator)
            .post(PeerStudy.WEIGHT.studyPath() + "subjects", body);
    if (answer.status() != 201) {
      throw new IllegalStateException("Registration refused: " + answer);
    }
    return answer.json().getString("subjectKey");
  }

  private String visits(Child child, LocalDate first) {
    StringBuilder events = new StringBuilder();
    double weight = 40 + random.nextInt(700) / 10.0;
    for (int visit = 0; visit < PeerStudy.VISITS.size(); visit++) {
      events.append(
          "<StudyEventData StudyEventOID=\""
              + PeerStudy.VISITS.get(visit)
              + "\"><FormData FormOID=\""
              + PeerStudy.FORM
              + "\" TransactionType=\"Insert\"><ItemGroupData ItemGroupOID=\""
              + PeerStudy.ITEM_GROUP
              + "\">"
              + items(first.plusDays(28L * visit), weight + visit * 0.4, visit + 1)
              + "</ItemGroupData></FormData></StudyEventData>");
    }
    return "<SubjectData SubjectKey=\"" + child.key() + "\">" + events + "</SubjectData>";
  }

  private String items(LocalDate day, double weight, int visit) {
    return item("I.PEER_DATE", day.toString())
        + item("I.PEER_PULSE", Integer.toString(55 + random.nextInt(50)))
        + item("I.PEER_SYSTOLIC", Integer.toString(100 + random.nextInt(50)))
        + item("I.PEER_DIASTOLIC", Integer.toString(60 + random.nextInt(30)))
        + item("I.PEER_WEIGHT_KG", decimal(weight))
        + item("I.PEER_HEIGHT_CM", decimal(150 + random.nextInt(450) / 10.0))
        + item("I.PEER_TEMPERATURE", decimal(36 + random.nextInt(20) / 10.0))
        + item("I.PEER_FASTING", random.nextBoolean() ? "Y" : "N")
        + item("I.PEER_CONDITION", Integer.toString(1 + random.nextInt(4)))
        + item("I.PEER_COMMENT", "Visit " + visit + " as planned");
  }

  private static String item(String oid, String value) {
    return "<ItemData ItemOID=\"" + oid + "\" Value=\"" + value + "\"/>";
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The forms an import stored; refuses to go on when the API refused anything generated. */
  private static int storedForms(Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("The API refused generated peer data: " + answer);
    }
    var counts = answer.json().getJsonObject("counts");
    if (counts.getInt("formsRefused") > 0 || counts.getInt("itemsRefused") > 0) {
      throw new IllegalStateException("The API refused generated peer values: " + answer.body());
    }
    return counts.getInt("formsStored");
  }
}
