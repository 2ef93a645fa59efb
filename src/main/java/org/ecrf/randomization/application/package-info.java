/**
 * Randomisation in the running platform: the list a sponsor's statistician generates or uploads
 * (concealed from everybody else), and the allocation of an eligible subject to the next place of
 * its stratum, exactly once, under a database lock that holds across server instances.
 */
package org.ecrf.randomization.application;
