/**
 * The REST API of dosing: the protocol-deviation listing of a study as JSON, with the same access
 * and blinding as its page.
 */
package org.ecrf.dosing.api;
