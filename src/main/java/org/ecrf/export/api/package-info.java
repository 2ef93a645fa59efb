/**
 * The export API for automation: {@code GET .../export/odm}, {@code .../export/sdtm}, {@code
 * .../export/define} answer the finished file at once; {@code POST .../exports} queues a background
 * export whose progress and file are read from {@code .../exports/{id}}.
 */
package org.ecrf.export.api;
