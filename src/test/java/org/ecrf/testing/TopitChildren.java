package org.ecrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.ecrf.testing.ApiClient.Answer;

/**
 * TOPIT children for integration tests, made through the public API as a site would: registered,
 * found eligible by an imported eligibility form, randomised; with the ODM documents that do it.
 */
public final class TopitChildren {

  public static final String STUDY = "api/v1/studies/TOPIT/";

  private final URL deployment;

  public TopitChildren(URL deployment) {
    this.deployment = deployment;
  }

  public ApiClient api(String user) {
    return ApiClient.asDemoUser(deployment, user);
  }

  /** Registers a girl born June 2013 with the diagnosis at the site; gives her subject key. */
  public String register(String user, String site, String diagnosis) {
    return register(user, site, "2013-06", "F", diagnosis);
  }

  /** Registers a child; gives its subject key. */
  public String register(
      String user, String site, String birthMonth, String sex, String diagnosis) {
    Answer answer =
        api(user)
            .post(
                STUDY + "subjects",
                "{\"site\": \"%s\", \"birthMonth\": \"%s\", \"sex\": \"%s\", \"diagnosis\": \"%s\"}"
                    .formatted(site, birthMonth, sex, diagnosis));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("subjectKey");
  }

  /** A child registered, found eligible and randomised by the user; gives its subject key. */
  public String randomised(String user, String site, String diagnosis) {
    String child = register(user, site, diagnosis);
    importOdm(user, eligibility(List.of(child), "N", "Insert", null));
    Answer allocated = randomise(user, child);
    assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    return child;
  }

  public Answer randomise(String user, String child) {
    return api(user).post(STUDY + "subjects/" + child + "/randomisation", "{}");
  }

  /** Imports ODM clinical data and requires every form to be taken. */
  public void importOdm(String user, String odm) {
    Answer answer = api(user).postXml(STUDY + "clinicaldata", odm);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getJsonObject("counts").getInt("formsRefused"))
        .as(answer.body())
        .isZero();
  }

  /** The child's visit schedule as the user sees it. */
  public JsonObject schedule(String user, String child) {
    Answer answer = api(user).get(STUDY + "subjects/" + child + "/schedule");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** One visit of a schedule. */
  public static JsonObject visit(JsonObject schedule, String oid) {
    return schedule.getJsonArray("visits").stream()
        .map(JsonObject.class::cast)
        .filter(v -> v.getString("oid").equals(oid))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The eligibility form of each child: every inclusion criterion met, consent and assent given,
   * every exclusion criterion absent except active infection, which is as given ({@code Y}/{@code
   * N}); an update carries its reason for change.
   */
  public static String eligibility(
      List<String> children, String infection, String transaction, String reason) {
    StringBuilder subjects = new StringBuilder();
    for (String child : children) {
      subjects.append(
          """
              <SubjectData SubjectKey="%s">
                <StudyEventData StudyEventOID="SE.SCREENING">
                  <FormData FormOID="F.ELIGIBILITY" TransactionType="%s">%s
                    <ItemGroupData ItemGroupOID="IG.CONSENT">
                      <ItemData ItemOID="I.CONSENT_GIVEN" Value="Y"/>
                      <ItemData ItemOID="I.CONSENT_DATE" Value="2026-01-05"/>
                      <ItemData ItemOID="I.ASSENT_OBTAINED" Value="Y"/>
                      <ItemData ItemOID="I.ASSENT_DATE" Value="2026-01-05"/>
                    </ItemGroupData>
                    <ItemGroupData ItemGroupOID="IG.INCLUSION">
                      <ItemData ItemOID="I.INCL_AGE" Value="Y"/>
                      <ItemData ItemOID="I.INCL_DIAGNOSIS" Value="Y"/>
                      <ItemData ItemOID="I.INCL_IFX_START" Value="Y"/>
                      <ItemData ItemOID="I.INCL_FOLLOW_UP" Value="Y"/>
                    </ItemGroupData>
                    <ItemGroupData ItemGroupOID="IG.EXCLUSION">
                      <ItemData ItemOID="I.EXCL_PRIOR_ANTI_TNF" Value="N"/>
                      <ItemData ItemOID="I.EXCL_INFECTION" Value="%s"/>
                      <ItemData ItemOID="I.EXCL_ABSCESS" Value="N"/>
                      <ItemData ItemOID="I.EXCL_SURGERY_PLANNED" Value="N"/>
                      <ItemData ItemOID="I.EXCL_MALIGNANCY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_HYPERSENSITIVITY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_PREGNANCY" Value="N"/>
                      <ItemData ItemOID="I.EXCL_OTHER_TRIAL" Value="N"/>
                    </ItemGroupData>
                  </FormData>
                </StudyEventData>
              </SubjectData>
          """
              .formatted(
                  child,
                  transaction,
                  reason == null
                      ? ""
                      : "\n<AuditRecord><UserRef UserOID=\"U.IT\"/><LocationRef LocationOID=\"L.IT\"/>"
                          + "<DateTimeStamp>2026-03-01T10:00:00Z</DateTimeStamp>"
                          + "<ReasonForChange>"
                          + reason
                          + "</ReasonForChange></AuditRecord>",
                  infection));
    }
    return odm(subjects.toString());
  }

  public static String infusion(String child, String visit, String date) {
    return odm(
        """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="%s">
                <FormData FormOID="F.INFUSION" TransactionType="Insert">
                  <ItemGroupData ItemGroupOID="IG.INF_ADMIN">
                    <ItemData ItemOID="I.INF_DATE" Value="%s"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
        """
            .formatted(child, visit, date));
  }

  public static String odm(String subjects) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
             FileOID="IT.TOPIT" CreationDateTime="2026-03-01T10:00:00Z">
          <ClinicalData StudyOID="TOPIT" MetaDataVersionOID="MDV.1">
        %s
          </ClinicalData>
        </ODM>
        """
        .formatted(subjects);
  }

  /**
   * An infusion form: date, weight of the day, dose in mg/kg and in mg; with the decision on the
   * advice ({@code FOLLOW}/{@code OVERRIDE}) and its reason when not empty. The comment {@code
   * <!--REASON-->} in the form marks where a test may put an AuditRecord with a reason for change.
   */
  public static String infusion(
      String child,
      String event,
      String date,
      String weight,
      String mgPerKg,
      String mg,
      String decision,
      String reason) {
    String advice =
        decision.isEmpty()
            ? ""
            : """
                <ItemGroupData ItemGroupOID="IG.INF_ADVICE">
                  <ItemData ItemOID="I.INF_DECISION" Value="%s"/>%s
                </ItemGroupData>"""
                .formatted(
                    decision,
                    reason.isEmpty()
                        ? ""
                        : "\n<ItemData ItemOID=\"I.INF_DECISION_REASON\" Value=\""
                            + reason
                            + "\"/>");
    return odm(
        """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="%s">
                <FormData FormOID="F.INFUSION" TransactionType="Insert"><!--REASON-->%s
                  <ItemGroupData ItemGroupOID="IG.INF_ADMIN">
                    <ItemData ItemOID="I.INF_DATE" Value="%s"/>
                    <ItemData ItemOID="I.INF_START_TIME" Value="09:00:00"/>
                    <ItemData ItemOID="I.INF_STOP_TIME" Value="11:00:00"/>
                    <ItemData ItemOID="I.INF_WEIGHT_KG" Value="%s"/>
                    <ItemData ItemOID="I.INF_DOSE_MGKG" Value="%s"/>
                    <ItemData ItemOID="I.INF_DOSE_MG" Value="%s"/>
                    <ItemData ItemOID="I.INF_REACTION" Value="N"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
        """
            .formatted(child, event, advice, date, weight, mgPerKg, mg));
  }

  /**
   * A trough level drawn on {@code date} before the infusion (LLOQ 0.4 µg/mL), with the antibody
   * status and, when not empty, the antibody value in U/mL.
   */
  public static String trough(
      String child, String event, String date, String level, String atiStatus, String atiValue) {
    String antibodies =
        atiValue.isEmpty()
            ? "<ItemData ItemOID=\"I.ATI_STATUS\" Value=\"" + atiStatus + "\"/>"
            : """
                <ItemData ItemOID="I.ATI_STATUS" Value="%s"/>
                <ItemData ItemOID="I.ATI_VALUE" Value="%s"/>
                <ItemData ItemOID="I.ATI_UNIT" Value="U_ML"/>"""
                .formatted(atiStatus, atiValue);
    return odm(
        """
            <SubjectData SubjectKey="%s">
              <StudyEventData StudyEventOID="%s">
                <FormData FormOID="F.TROUGH" TransactionType="Insert">
                  <ItemGroupData ItemGroupOID="IG.TROUGH_SAMPLE">
                    <ItemData ItemOID="I.TROUGH_DATE" Value="%s"/>
                    <ItemData ItemOID="I.TROUGH_TIME" Value="08:30:00"/>
                    <ItemData ItemOID="I.TROUGH_PRE_INFUSION" Value="Y"/>
                    <ItemData ItemOID="I.TROUGH_ASSAY" Value="ELISA, central lab"/>
                    <ItemData ItemOID="I.TROUGH_LLOQ" Value="0.4"/>
                  </ItemGroupData>
                  <ItemGroupData ItemGroupOID="IG.TROUGH_RESULT">
                    <ItemData ItemOID="I.TROUGH_IFX_BLQ" Value="N"/>
                    <ItemData ItemOID="I.TROUGH_IFX" Value="%s"/>
                  </ItemGroupData>
                  <ItemGroupData ItemGroupOID="IG.ATI">
                    %s
                    <ItemData ItemOID="I.ATI_DRUG_TOLERANT" Value="N"/>
                  </ItemGroupData>
                </FormData>
              </StudyEventData>
            </SubjectData>
        """
            .formatted(child, event, date, level, antibodies));
  }

  /**
   * A child at the site randomised to {@code arm}: children are registered, made eligible and
   * randomised until the list gives one to that arm (blocks of the list hold both arms).
   */
  public String childInArm(String user, String site, String diagnosis, String arm) {
    for (int attempt = 0; attempt < 16; attempt++) {
      String child = register(user, site, diagnosis);
      importOdm(user, eligibility(List.of(child), "N", "Insert", null));
      Answer allocated = randomise(user, child);
      assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
      if (allocated.json().getString("arm").equals(arm)) {
        return child;
      }
    }
    throw new AssertionError("No child was randomised to " + arm + " in 16 attempts");
  }
}
