/**
 * The SDTM mapping: reads the SDTM annotations a study definition carries ({@code Alias
 * Context="SDTM"}) and turns one subject's captured data at a time into rows of the SDTM datasets
 * (DM, DS, SV, the findings, events and interventions domains, SUPPxx) and the study definition
 * into the trial-design datasets. Plain Java: the application layer reads the database and pushes
 * the rows into dataset sinks.
 */
package org.ecrf.export.sdtm;
