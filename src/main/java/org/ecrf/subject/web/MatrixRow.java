package org.ecrf.subject.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A subject of the matrix with one cell per visit column. A class with bean getters, not a record:
 * the lazy table names its sort and filter fields by bean property ({@code #{row.status}}).
 */
public final class MatrixRow implements Serializable {

  private final String key;
  private final String site;
  private final String diagnosis;
  private final String status;
  private final Instant registeredAt;
  private final List<MatrixCell> cells;

  MatrixRow(
      String key,
      String site,
      String diagnosis,
      String status,
      Instant registeredAt,
      List<MatrixCell> cells) {
    this.key = key;
    this.site = site;
    this.diagnosis = diagnosis;
    this.status = status;
    this.registeredAt = registeredAt;
    this.cells = List.copyOf(cells);
  }

  public String getKey() {
    return key;
  }

  public String getSite() {
    return site;
  }

  public String getDiagnosis() {
    return diagnosis;
  }

  public String getStatus() {
    return status;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  /** The day of registration in UTC, as the pages show times. */
  public LocalDate getRegisteredOn() {
    return LocalDate.ofInstant(registeredAt, ZoneOffset.UTC);
  }

  /** One cell per visit column, in the columns' order. */
  public List<MatrixCell> getCells() {
    return cells;
  }
}
