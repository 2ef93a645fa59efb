/**
 * The benchmark kept with the project ({@code mvn -Pbench verify}, see README): it starts the built
 * server on a fresh embedded database, generates a TOPIT study through the public API, puts
 * concurrent users on it and reports latencies and throughput beside the same machine's raw MariaDB
 * figure, so that results read as a ratio rather than an absolute time.
 */
package org.ecrf.bench;
