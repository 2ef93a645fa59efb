/**
 * The benchmark kept with the project ({@code mvn -Pbench verify}, see README): it starts the built
 * server on a fresh embedded database, generates a TOPIT study and a peer-comparable study through
 * the public API, puts concurrent users on them and reports latencies and throughput beside the
 * same machine's raw MariaDB figure, so that results read as a ratio rather than an absolute time;
 * then it checks that no acknowledged save is lost when everything is killed, or when the database
 * alone is lost and comes back.
 */
package org.ecrf.bench;
