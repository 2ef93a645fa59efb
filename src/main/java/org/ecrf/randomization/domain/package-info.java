/**
 * Stratified permuted-block randomisation as plain Java: the configuration (arms, ratio, block
 * sizes, strata), a reproducible list generator from a secret seed, reading and checking an
 * uploaded list, and the choice of the next free slot of a stratum. Storage, locking, audit and
 * access control are the application layer's job; nothing here has side effects.
 */
package org.ecrf.randomization.domain;
