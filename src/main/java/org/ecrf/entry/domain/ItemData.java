package org.ecrf.entry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The current value of one item (an ODM ItemData): the text as entered with its unit, and the same
 * value typed for querying (number, number in the standard unit, date, date-time). Earlier values
 * live in the audit trail.
 */
@Entity
@Table(name = "item_data")
public class ItemData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_group_data_id", nullable = false, updatable = false)
  private ItemGroupData group;

  @Column(name = "item_oid", nullable = false, updatable = false)
  private String itemOid;

  @Column(name = "value_text", nullable = false)
  private String valueText;

  @Column(name = "unit_oid")
  private String unitOid;

  @Column(name = "value_number")
  private BigDecimal valueNumber;

  @Column(name = "standard_value")
  private BigDecimal standardValue;

  @Column(name = "value_date")
  private LocalDate valueDate;

  @Column(name = "value_datetime")
  private LocalDateTime valueDatetime;

  @Column(nullable = false)
  private boolean derived;

  @Column(name = "warning_confirmed", nullable = false)
  private boolean warningConfirmed;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected ItemData() {}

  ItemData(ItemGroupData group, String itemOid) {
    this.group = group;
    this.itemOid = itemOid;
  }

  /**
   * Stores a value as entered (text and unit) and as typed for querying (number, number in the
   * standard unit, date, date-time), with whether it is derived and whether a warning on it was
   * confirmed; who and when.
   */
  public void store(
      ItemValue value, boolean derived, boolean warningConfirmed, String by, Instant now) {
    this.valueText = value.text();
    this.unitOid = value.unitOid().orElse(null);
    TypedValue typed = value.typed().orElse(null);
    this.valueNumber = typed instanceof TypedValue.NumberValue number ? number.value() : null;
    this.valueDate = typed instanceof TypedValue.DateValue date ? date.value() : null;
    this.valueDatetime =
        typed instanceof TypedValue.DateTimeValue dateTime ? dateTime.value() : null;
    this.standardValue = value.standard().map(Quantity::value).orElse(null);
    this.derived = derived;
    this.warningConfirmed = warningConfirmed;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /**
   * The value as the engine reads stored values back: text, unit, and whether its warning was
   * confirmed.
   */
  public EnteredValue entered() {
    return new EnteredValue(valueText, Optional.ofNullable(unitOid), warningConfirmed);
  }

  public String itemOid() {
    return itemOid;
  }

  public String valueText() {
    return valueText;
  }

  public Optional<String> unitOid() {
    return Optional.ofNullable(unitOid);
  }

  public Optional<BigDecimal> standardValue() {
    return Optional.ofNullable(standardValue);
  }

  public boolean derived() {
    return derived;
  }

  public boolean warningConfirmed() {
    return warningConfirmed;
  }

  public ItemGroupData group() {
    return group;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
