package org.ecrf.entry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instance of an item group in a form (an ODM ItemGroupData, with its repeat key). A row of a
 * repeating group is never deleted: removing it keeps it, marked removed with who, when and why.
 */
@Entity
@Table(name = "item_group_data")
public class ItemGroupData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "form_data_id", nullable = false, updatable = false)
  private FormData form;

  @Column(name = "item_group_oid", nullable = false, updatable = false)
  private String itemGroupOid;

  @Column(name = "repeat_key", nullable = false, updatable = false)
  private int repeatKey;

  @Column(nullable = false)
  private boolean removed;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removed_by")
  private String removedBy;

  @Column(name = "removed_reason")
  private String removedReason;

  @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ItemData> items = new ArrayList<>();

  protected ItemGroupData() {}

  ItemGroupData(FormData form, String itemGroupOid, int repeatKey) {
    if (repeatKey < 1) {
      throw new IllegalArgumentException("A repeat key counts from 1, not " + repeatKey);
    }
    this.form = form;
    this.itemGroupOid = itemGroupOid;
    this.repeatKey = repeatKey;
  }

  boolean is(String oid, int key) {
    return itemGroupOid.equals(oid) && repeatKey == key;
  }

  public Optional<ItemData> item(String itemOid) {
    return items.stream().filter(i -> i.itemOid().equals(itemOid)).findFirst();
  }

  public ItemData addItem(String itemOid) {
    ItemData item = new ItemData(this, itemOid);
    items.add(item);
    return item;
  }

  /** Deletes the current value of an item; the audit trail keeps it. */
  public void removeItem(ItemData item) {
    items.remove(item);
  }

  public void markRemoved(String by, Instant now, String reason) {
    this.removed = true;
    this.removedBy = by;
    this.removedAt = now;
    this.removedReason = reason;
  }

  public List<ItemData> items() {
    return List.copyOf(items);
  }

  public Long id() {
    return id;
  }

  public FormData form() {
    return form;
  }

  public String itemGroupOid() {
    return itemGroupOid;
  }

  public int repeatKey() {
    return repeatKey;
  }

  public boolean removed() {
    return removed;
  }
}
