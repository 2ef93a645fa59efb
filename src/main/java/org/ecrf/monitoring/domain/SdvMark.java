package org.ecrf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;

/**
 * A monitor's statement that one stored item value of a form matches the source documents. It holds
 * for the value as it was: a change of the value removes the mark, and the item needs verification
 * again.
 */
@Entity
@Table(name = "sdv_mark")
@NamedQuery(name = "SdvMark.ofForm", query = "SELECT m FROM SdvMark m WHERE m.form = :form")
@NamedQuery(
    name = "SdvMark.ofSubject",
    query = "SELECT m FROM SdvMark m WHERE m.form.event.subject = :subject")
public class SdvMark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "form_data_id", nullable = false, updatable = false)
  private FormData form;

  @Column(name = "item_group_oid", nullable = false, updatable = false)
  private String itemGroupOid;

  @Column(name = "item_group_repeat", nullable = false, updatable = false)
  private int itemGroupRepeat;

  @Column(name = "item_oid", nullable = false, updatable = false)
  private String itemOid;

  @Column(name = "verified_at", nullable = false, updatable = false)
  private Instant verifiedAt;

  @Column(name = "verified_by", nullable = false, updatable = false)
  private String verifiedBy;

  protected SdvMark() {}

  public SdvMark(FormData form, ItemPath item, String verifiedBy, Instant verifiedAt) {
    if (item.isGroupLevel()) {
      throw new IllegalArgumentException("An SDV mark is for an item, not the row " + item);
    }
    this.form = form;
    this.itemGroupOid = item.group().itemGroupOid();
    this.itemGroupRepeat = item.group().repeatKey();
    this.itemOid = item.itemOid();
    this.verifiedBy = verifiedBy;
    this.verifiedAt = verifiedAt;
  }

  /** The item value it verifies, within its form. */
  public ItemPath item() {
    return ItemPath.of(new ItemGroupKey(itemGroupOid, itemGroupRepeat), itemOid);
  }

  public FormData form() {
    return form;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }
}
