/** The marker row that records, in the database, that demo data were seeded. */
package org.ecrf.demo.persistence;
