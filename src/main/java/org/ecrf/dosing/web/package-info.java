/**
 * Pages of the dosing advice: the advice panel of the infusion form, the protocol-deviation listing
 * and the trough chart of a guided-arm child. Each bean calls one service of {@code
 * org.ecrf.dosing.application}, which applies access and blinding.
 */
package org.ecrf.dosing.web;
