package org.ecrf.randomization.domain;

/**
 * Every slot of the subject's stratum is taken: no subject of this stratum can be randomised until
 * the sponsor extends the list. Answered as a conflict, never by falling back to another stratum.
 */
public class StratumFullException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String stratumKey;
  private final int capacity;

  public StratumFullException(Stratum stratum, int capacity) {
    super(
        "Stratum "
            + stratum
            + " is full: all "
            + capacity
            + " slots of the randomisation list are used; the list must be extended");
    this.stratumKey = stratum.key();
    this.capacity = capacity;
  }

  /** The full stratum's {@link Stratum#key()}. */
  public String stratumKey() {
    return stratumKey;
  }

  public int capacity() {
    return capacity;
  }
}
