package org.ecrf.export.domain;

/**
 * What a sponsor export writes: the study as ODM 1.3.2 (metadata, clinical data, audit records,
 * signatures, queries), the SDTM datasets in one file format with their Define-XML (a zip), or the
 * Define-XML 2.1 alone.
 */
public enum ExportKind {
  ODM("application/xml", "xml"),
  SDTM("application/zip", "zip"),
  DEFINE("application/xml", "xml");

  private final String mediaType;
  private final String extension;

  ExportKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type of the file it writes. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension of the file it writes. */
  public String extension() {
    return extension;
  }
}
