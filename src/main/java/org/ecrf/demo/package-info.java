/**
 * Demo mode ({@code ECRF_DEMO=true}): on an empty database, the demo sites BER and POT and one
 * account per role, so that a new user can try the platform at once. Never active otherwise; never
 * seeds a database that has users.
 */
package org.ecrf.demo;
