package org.ecrf.export.api;

/**
 * The body of {@code POST .../exports}: {@code {"kind": "ODM|SDTM|DEFINE", "format":
 * "dataset-json|xpt|csv", "site", "from", "to"}} (dates ISO 8601; all but kind optional).
 */
public record ExportOrderJson(String kind, String format, String site, String from, String to) {}
