/**
 * The study definitions a running platform knows: the built-in files of {@code crf-definitions/},
 * validated and registered at start-up (a faulty file stops start-up), and versions uploaded by
 * administrators; their validation, upload and ODM download. A stored version is never changed.
 */
package org.ecrf.crf.application;
