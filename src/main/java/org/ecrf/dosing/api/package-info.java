/**
 * The REST API of dosing: the protocol-deviation listing of a study as JSON, with the same access
 * and blinding as its page, and the dry run of a candidate dosing rule set for data managers.
 */
package org.ecrf.dosing.api;
