package org.ecrf.crf.domain;

/** A factor the randomisation list is stratified by; the platform knows each subject's value. */
public enum StratificationFactor {
  /** Crohn's disease or ulcerative colitis ({@code $DIAGNOSIS}). */
  DIAGNOSIS,
  /** The subject's site. */
  SITE,
  /** The subject's sex ({@code $SEX}). */
  SEX
}
