package org.ecrf.scoring.domain;

/**
 * The four subscores of the full Mayo score, each 0-3 (Schroeder et al., NEJM 1987; spec §2.6).
 *
 * @param stoolFrequency 0 normal, 1 one or two more per day, 2 three or four more, 3 five or more
 * @param rectalBleeding 0 none, 1 streaks in &lt;50%, 2 obvious blood most of the time, 3 blood
 *     alone
 * @param endoscopy the Mayo endoscopic subscore (MES) 0-3, the worst segment seen
 * @param physicianGlobal 0 normal, 1 mild, 2 moderate, 3 severe
 */
public record MayoInput(
    int stoolFrequency, int rectalBleeding, int endoscopy, int physicianGlobal) {

  public MayoInput {
    requireSubscore("stoolFrequency", stoolFrequency);
    requireSubscore("rectalBleeding", rectalBleeding);
    requireSubscore("endoscopy", endoscopy);
    requireSubscore("physicianGlobal", physicianGlobal);
  }

  private static void requireSubscore(String name, int subscore) {
    if (subscore < 0 || subscore > 3) {
      throw new IllegalArgumentException(name + " is a Mayo subscore 0-3, not " + subscore);
    }
  }
}
