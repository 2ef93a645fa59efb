/**
 * Seeding of the demo sites and accounts at start-up, once per database, whatever the number of
 * server instances.
 */
package org.ecrf.demo.application;
