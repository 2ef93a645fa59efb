/**
 * Data entry as use cases: open a form, evaluate it while the user types, save it (all or nothing,
 * with reasons for changed values, refused when someone else saved meanwhile), every change audited
 * in the same transaction. The page, the REST API and imports all go through here, so the same
 * checks give the same messages everywhere.
 */
package org.ecrf.entry.application;
