/**
 * Dosing advice wired to stored data: reads the trough level of the visit and the previous
 * infusion, builds the {@link org.ecrf.dosing.domain.DosingSituation}, computes the derived items
 * {@code DOSING/1} of the infusion form, and answers the advice panel, the protocol-deviation
 * listing, the trough chart and the dry run of a candidate rule set, each within what the caller
 * may see under the blinding rules.
 */
package org.ecrf.dosing.application;
