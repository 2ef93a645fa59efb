package org.ecrf.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.TopitChildren;

/**
 * A TOPIT study made through the public API as sites and the central laboratory would make it:
 * children registered at Potsdam and Berlin (half Crohn's disease, half ulcerative colitis), found
 * eligible, randomised, and every planned visit from week 0 to week 54 filled: anthropometrics, the
 * activity index of the child's disease (PCDAI or PUCAI), the infusion, and from week 14 the trough
 * level with antibodies (imported by the data manager, as a central laboratory would). Values are
 * plausible and drawn from a seeded random source, so a run can be repeated.
 */
final class TopitStudyGenerator {

  /** The planned visits and their days after the first infusion. */
  private static final List<Visit> VISITS =
      List.of(
          new Visit("SE.WEEK0", 0, true),
          new Visit("SE.WEEK2", 14, true),
          new Visit("SE.WEEK6", 42, true),
          new Visit("SE.WEEK14", 98, true),
          new Visit("SE.WEEK22", 154, true),
          new Visit("SE.WEEK30", 210, true),
          new Visit("SE.WEEK38", 266, true),
          new Visit("SE.WEEK46", 322, true),
          new Visit("SE.WEEK54", 378, false));

  private static final String CLINICAL_DATA = TopitChildren.STUDY + "clinicaldata";

  private static final LocalDate FIRST_INFUSION = LocalDate.of(2025, 1, 6);

  /** How many files are imported at the same time. */
  static final int UPLOADS_AT_A_TIME = 4;

  private final TopitChildren topit;
  private final Random random;

  TopitStudyGenerator(TopitChildren topit, long seed) {
    this.topit = topit;
    this.random = new Random(seed);
  }

  /** One generated child: key, site, diagnosis. */
  record Child(String key, String site, String investigator, String diagnosis) {}

  /** What the generation made and how long the visit imports took. */
  record Generated(List<Child> children, int formsImported, long importNanos) {}

  Generated generate(int subjects) {
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      String site = i % 2 == 0 ? "POT" : "BER";
      String investigator = "inv." + site.toLowerCase(Locale.ROOT);
      String diagnosis = (i / 2) % 2 == 0 ? "CD" : "UC";
      YearMonth born = YearMonth.of(2009 + random.nextInt(9), 1 + random.nextInt(12));
      String key =
          topit.register(
              investigator, site, born.toString(), random.nextBoolean() ? "F" : "M", diagnosis);
      children.add(new Child(key, site, investigator, diagnosis));
    }
    for (String site : List.of("POT", "BER")) {
      List<String> keys =
          children.stream().filter(c -> c.site().equals(site)).map(Child::key).toList();
      topit.importOdm(
          "inv." + site.toLowerCase(Locale.ROOT),
          TopitChildren.eligibility(keys, "N", "Insert", null));
    }
    for (Child child : children) {
      Answer allocation = topit.randomise(child.investigator(), child.key());
      if (allocation.status() != 200) {
        throw new IllegalStateException("Randomisation refused: " + allocation);
      }
    }
    List<Callable<Integer>> uploads = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      LocalDate anchor = FIRST_INFUSION.plusDays(i % 180);
      String siteData = TopitChildren.odm(siteVisits(child, anchor));
      String labData = TopitChildren.odm(troughLevels(child, anchor));
      uploads.add(
          () ->
              storedForms(topit.api(child.investigator()).postXml(CLINICAL_DATA, siteData))
                  + storedForms(topit.api("dm").postXml(CLINICAL_DATA, labData)));
    }
    long started = System.nanoTime();
    int forms = upload(uploads);
    long nanos = System.nanoTime() - started;
    return new Generated(List.copyOf(children), forms, nanos);
  }

  private String siteVisits(Child child, LocalDate anchor) {
    StringBuilder events = new StringBuilder();
    double weight = 25 + random.nextInt(30) + random.nextInt(10) / 10.0;
    for (Visit visit : VISITS) {
      LocalDate day = anchor.plusDays(visit.day());
      StringBuilder forms = new StringBuilder(anthropometrics(weight));
      forms.append(child.diagnosis().equals("CD") ? pcdai() : pucai());
      if (visit.infusion()) {
        forms.append(infusion(day, weight));
      }
      events.append(event(visit.oid(), forms.toString()));
      weight += random.nextInt(8) / 10.0;
    }
    return "<SubjectData SubjectKey=\"" + child.key() + "\">" + events + "</SubjectData>";
  }

  private String troughLevels(Child child, LocalDate anchor) {
    StringBuilder events = new StringBuilder();
    for (Visit visit : VISITS.subList(3, VISITS.size())) {
      LocalDate day = anchor.plusDays(visit.day());
      double level = random.nextInt(150) / 10.0;
      String result =
          level < 0.4
              ? item("I.TROUGH_IFX_BLQ", "Y")
              : item("I.TROUGH_IFX_BLQ", "N") + item("I.TROUGH_IFX", decimal(level));
      events.append(
          event(
              visit.oid(),
              form(
                  "F.TROUGH",
                  group("IG.TROUGH_SAMPLE", item("I.TROUGH_DATE", day.toString()))
                      + group("IG.TROUGH_RESULT", result)
                      + group(
                          "IG.ATI",
                          item("I.ATI_STATUS", random.nextInt(10) == 0 ? "POS" : "NEG")))));
    }
    return "<SubjectData SubjectKey=\"" + child.key() + "\">" + events + "</SubjectData>";
  }

  private String anthropometrics(double weight) {
    return form(
        "F.ANTHRO",
        group(
            "IG.ANTHRO",
            item("I.ANTHRO_WEIGHT_KG", decimal(weight))
                + item("I.ANTHRO_HEIGHT_CM", decimal(120 + random.nextInt(50)))));
  }

  private String pucai() {
    return form(
        "F.PUCAI",
        group(
            "IG.PUCAI",
            item("I.PUCAI_PAIN", choice("0", "5", "10"))
                + item("I.PUCAI_BLEEDING", choice("0", "10", "20", "30"))
                + item("I.PUCAI_CONSISTENCY", choice("0", "5", "10"))
                + item("I.PUCAI_STOOLS", Integer.toString(random.nextInt(12)))
                + item("I.PUCAI_NOCTURNAL", choice("0", "10"))
                + item("I.PUCAI_ACTIVITY", choice("0", "5", "10"))));
  }

  private String pcdai() {
    return form(
        "F.PCDAI",
        group(
                "IG.PCDAI_HISTORY",
                item("I.PCDAI_PAIN", choice("0", "5", "10"))
                    + item("I.PCDAI_STOOLS", choice("0", "5", "10"))
                    + item("I.PCDAI_WELLBEING", choice("0", "5", "10")))
            + group(
                "IG.PCDAI_LAB",
                itemWithUnit("I.PCDAI_HCT", decimal(28 + random.nextInt(150) / 10.0), "MU.PERCENT")
                    + item("I.PCDAI_ESR", Integer.toString(2 + random.nextInt(60)))
                    + itemWithUnit(
                        "I.PCDAI_ALBUMIN", decimal(2.5 + random.nextInt(20) / 10.0), "MU.G_DL"))
            + group(
                "IG.PCDAI_EXAM",
                item("I.PCDAI_WEIGHT", choice("0", "5", "10"))
                    + item("I.PCDAI_HEIGHT", choice("0", "5", "10"))
                    + item("I.PCDAI_ABDOMEN", choice("0", "5", "10"))
                    + item("I.PCDAI_PERIRECTAL", choice("0", "5", "10"))
                    + item("I.PCDAI_EIM", choice("0", "5", "10"))));
  }

  private String infusion(LocalDate day, double weight) {
    double doseMg = Math.round(weight * 5);
    return form(
        "F.INFUSION",
        group(
            "IG.INF_ADMIN",
            item("I.INF_DATE", day.toString())
                + item("I.INF_START_TIME", "09:30:00")
                + item("I.INF_STOP_TIME", "11:45:00")
                + item("I.INF_WEIGHT_KG", decimal(weight))
                + item("I.INF_DOSE_MGKG", "5")
                + item("I.INF_DOSE_MG", decimal(doseMg))
                + item("I.INF_REACTION", "N")));
  }

  private String choice(String... codes) {
    return codes[random.nextInt(codes.length)];
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String event(String oid, String forms) {
    return "<StudyEventData StudyEventOID=\"" + oid + "\">" + forms + "</StudyEventData>";
  }

  private static String form(String oid, String groups) {
    return "<FormData FormOID=\"" + oid + "\" TransactionType=\"Insert\">" + groups + "</FormData>";
  }

  private static String group(String oid, String items) {
    return "<ItemGroupData ItemGroupOID=\"" + oid + "\">" + items + "</ItemGroupData>";
  }

  private static String item(String oid, String value) {
    return "<ItemData ItemOID=\"" + oid + "\" Value=\"" + value + "\"/>";
  }

  private static String itemWithUnit(String oid, String value, String unit) {
    return "<ItemData ItemOID=\""
        + oid
        + "\" Value=\""
        + value
        + "\"><MeasurementUnitRef MeasurementUnitOID=\""
        + unit
        + "\"/></ItemData>";
  }

  /**
   * Sends the children's files, {@link #UPLOADS_AT_A_TIME} at a time as sites and a laboratory
   * would, each child's visits before its laboratory results; gives the forms stored.
   */
  private static int upload(List<Callable<Integer>> uploads) {
    ExecutorService pool = Executors.newFixedThreadPool(UPLOADS_AT_A_TIME);
    try {
      int forms = 0;
      for (Future<Integer> stored : pool.invokeAll(uploads)) {
        forms += stored.get();
      }
      return forms;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while importing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("An import failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The forms an import stored; refuses to go on when the API refused anything generated. */
  private static int storedForms(Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("The API refused generated data: " + answer);
    }
    var counts = answer.json().getJsonObject("counts");
    if (counts.getInt("formsRefused") > 0 || counts.getInt("itemsRefused") > 0) {
      throw new IllegalStateException("The API refused generated values: " + answer.body());
    }
    return counts.getInt("formsStored");
  }

  private record Visit(String oid, int day, boolean infusion) {}
}
