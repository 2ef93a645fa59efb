/**
 * Pages of the dosing advice: the advice panel of the infusion form, the protocol-deviation
 * listing, the trough chart of a guided-arm child and the dry run of a new rule set. Each bean
 * calls one service of {@code org.ecrf.dosing.application}, which applies access and blinding.
 */
package org.ecrf.dosing.web;
