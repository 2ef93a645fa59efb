/** JPA storage of randomisation lists and their slots. */
package org.ecrf.randomization.persistence;
