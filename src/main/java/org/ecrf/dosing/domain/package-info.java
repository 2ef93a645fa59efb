/**
 * Trough-level-guided infliximab dosing in plain Java: the versioned dosing rule set of the study
 * definition, the advisor that turns a trough level, antibody result and current regimen into a
 * recommendation, the protocol-deviation check of what was given, and the dry run of a candidate
 * rule set. The study definition parser builds {@link org.ecrf.dosing.domain.DosingRuleSet}; pages
 * and services call {@link org.ecrf.dosing.domain.DosingAdvisor}.
 */
package org.ecrf.dosing.domain;
