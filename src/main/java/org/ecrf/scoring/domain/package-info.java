/**
 * The disease activity scores and classifications of the IBD trial (PCDAI, wPCDAI, PUCAI, SES-CD,
 * UCEIS, full Mayo, Paris) and two simple derived measures (BMI, infusion dose), as pure functions
 * from the raw item values entered on a CRF to a complete result or an incomplete one that names
 * every missing or invalid item. {@link org.ecrf.scoring.domain.ScoreAlgorithms} resolves the
 * algorithm references of the CRF's MethodDefs; the rules follow the domain specification §2.
 */
package org.ecrf.scoring.domain;
