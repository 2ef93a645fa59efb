package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full Mayo score for ulcerative colitis (Schroeder et al., NEJM 1987; definitions as in the
 * BSG 2019 guideline table and cliot {@code mayo_uc_score}; spec §2.6): four subscores 0-3, total
 * 0-12.
 *
 * <ul>
 *   <li>Remission: total &le;2 and no subscore &gt;1.
 *   <li>Category: remission as above; mild 3-5, moderate 6-10, severe 11-12. A total of 0-2 with a
 *       subscore of 2 or 3 is not remission and lies below the mild band; it is classed {@link
 *       ActivityCategory#MILD}, the lowest active band (the sources give no band for it).
 *   <li>Mucosal healing: endoscopic subscore &le;1.
 *   <li>Response: a fall of &ge;3 points and &ge;30% from baseline, with a fall of &ge;1 in rectal
 *       bleeding or a rectal bleeding subscore of 0-1.
 * </ul>
 */
public final class MayoCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("MAYO", 1);

  private static final CategoryBands BANDS = new CategoryBands(2, 5, 10);
  private static final int REMISSION_MAX_TOTAL = 2;
  private static final int REMISSION_MAX_SUBSCORE = 1;
  private static final int HEALING_MAX_ENDOSCOPY = 1;
  private static final int RESPONSE_MIN_DROP = 3;
  private static final int RESPONSE_MIN_DROP_PERCENT = 30;
  private static final int RESPONSE_MAX_BLEEDING = 1;

  /** Scores raw CRF values; incomplete when any subscore is missing or invalid. */
  public ScoreResult<MayoScore> score(ScoreInput input) {
    return MayoInputs.from(input).calculate(ALGORITHM, this::score);
  }

  /** Scores a validated input. */
  public MayoScore score(MayoInput input) {
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put(MayoInputs.STOOL_FREQUENCY, BigDecimal.valueOf(input.stoolFrequency()));
    components.put(MayoInputs.RECTAL_BLEEDING, BigDecimal.valueOf(input.rectalBleeding()));
    components.put(MayoInputs.ENDOSCOPY, BigDecimal.valueOf(input.endoscopy()));
    components.put(MayoInputs.PHYSICIAN_GLOBAL, BigDecimal.valueOf(input.physicianGlobal()));
    int total =
        input.stoolFrequency()
            + input.rectalBleeding()
            + input.endoscopy()
            + input.physicianGlobal();
    int highestSubscore =
        Math.max(
            Math.max(input.stoolFrequency(), input.rectalBleeding()),
            Math.max(input.endoscopy(), input.physicianGlobal()));
    boolean remission = total <= REMISSION_MAX_TOTAL && highestSubscore <= REMISSION_MAX_SUBSCORE;
    ActivityCategory category;
    if (remission) {
      category = ActivityCategory.REMISSION;
    } else {
      category = total <= REMISSION_MAX_TOTAL ? ActivityCategory.MILD : BANDS.categoryOf(total);
    }
    Score score = new Score(ALGORITHM, BigDecimal.valueOf(total), components, category);
    return new MayoScore(score, remission, input.endoscopy() <= HEALING_MAX_ENDOSCOPY);
  }

  /** Response of the current score against the baseline score (spec §2.6). */
  public ResponseAssessment assessResponse(MayoScore baseline, MayoScore current) {
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, baseline.score().algorithm());
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, current.score().algorithm());
    int before = baseline.score().total().intValueExact();
    int now = current.score().total().intValueExact();
    int drop = before - now;
    boolean totalFell =
        drop >= RESPONSE_MIN_DROP && drop * 100 >= RESPONSE_MIN_DROP_PERCENT * before;
    boolean bleedingImproved =
        baseline.rectalBleeding() - current.rectalBleeding() >= 1
            || current.rectalBleeding() <= RESPONSE_MAX_BLEEDING;
    return new ResponseAssessment(
        ALGORITHM,
        BigDecimal.valueOf(before),
        BigDecimal.valueOf(now),
        BigDecimal.valueOf(drop),
        "drop >= 3 and >= 30% of baseline, and rectal bleeding drop >= 1 or rectal bleeding <= 1",
        totalFell && bleedingImproved);
  }
}
