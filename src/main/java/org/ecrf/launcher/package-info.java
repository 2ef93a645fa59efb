/**
 * The command-line entry point packaged as {@code target/ecrf.jar}: starts an embedded MariaDB when
 * no external database is configured, applies the Flyway migrations from {@code sql/}, and boots
 * Payara Micro in-process with the application WAR. It runs outside the application server and is
 * not part of the WAR.
 */
package org.ecrf.launcher;
