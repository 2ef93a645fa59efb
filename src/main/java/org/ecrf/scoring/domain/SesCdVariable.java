package org.ecrf.scoring.domain;

/**
 * The four SES-CD variables scored 0-3 in each segment (Daperno 2004; spec §2.5 [V]). The
 * endoscopist picks the category; it is not derived from measurements, because the sources word the
 * boundaries with "&lt;" and "&le;" differently.
 */
public enum SesCdVariable {
  /** Size of ulcers: none, aphthous 0.1-0.5 cm, large 0.5-2 cm, very large &gt;2 cm. */
  ULCER_SIZE,
  /** Ulcerated surface: none, &lt;10%, 10-30%, &gt;30%. */
  ULCERATED_SURFACE,
  /** Affected surface: unaffected, &lt;50%, 50-75%, &gt;75%. */
  AFFECTED_SURFACE,
  /** Narrowing: none, single passable, multiple passable, not passable. */
  NARROWING
}
