/**
 * REST resources of randomisation: allocating a subject ({@code .../subjects/{key}/randomisation})
 * and, for the sponsor's statistician only, the list ({@code .../randomisation/list}).
 */
package org.ecrf.randomization.api;
