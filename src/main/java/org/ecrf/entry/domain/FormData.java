package org.ecrf.entry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One form of one visit (an ODM FormData) with the MetaDataVersion it was entered under, its status
 * and a version that every save raises: a save made against an older version is refused, so two
 * people never overwrite each other.
 */
@Entity
@Table(name = "form_data")
@NamedQuery(
    name = "FormData.one",
    query =
        "SELECT f FROM FormData f WHERE f.event = :event AND f.formOid = :form AND f.formRepeatKey = :repeat")
@NamedQuery(
    name = "FormData.ofSubject",
    query = "SELECT f FROM FormData f WHERE f.event.subject = :subject ORDER BY f.event.id, f.id")
public class FormData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_event_data_id", nullable = false, updatable = false)
  private StudyEventData event;

  @Column(name = "form_oid", nullable = false, updatable = false)
  private String formOid;

  @Column(name = "form_repeat_key", nullable = false, updatable = false)
  private int formRepeatKey;

  @Column(name = "metadata_version", nullable = false, updatable = false)
  private String metaDataVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FormStatus status;

  @Version private int version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @OneToMany(
      mappedBy = "form",
      cascade = {CascadeType.PERSIST, CascadeType.MERGE})
  @OrderBy("itemGroupOid, repeatKey")
  private List<ItemGroupData> groups = new ArrayList<>();

  protected FormData() {}

  public FormData(
      StudyEventData event, String formOid, String metaDataVersion, String createdBy, Instant now) {
    this.event = event;
    this.formOid = formOid;
    this.formRepeatKey = 1;
    this.metaDataVersion = metaDataVersion;
    this.status = FormStatus.IN_PROGRESS;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedBy = createdBy;
    this.updatedAt = now;
  }

  /** Records a save; the version rises with the update. */
  public void touch(String by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void setStatus(FormStatus status) {
    this.status = status;
  }

  public Optional<ItemGroupData> group(String itemGroupOid, int repeatKey) {
    return groups.stream().filter(g -> g.is(itemGroupOid, repeatKey)).findFirst();
  }

  public ItemGroupData addGroup(String itemGroupOid, int repeatKey) {
    ItemGroupData group = new ItemGroupData(this, itemGroupOid, repeatKey);
    groups.add(group);
    return group;
  }

  /**
   * The stored values as the engine reads them: every group instance that was not removed, with its
   * items.
   */
  public FormValues storedValues() {
    FormValues.Builder values = FormValues.builder();
    for (ItemGroupData group : groups) {
      if (!group.removed()) {
        ItemGroupKey key = new ItemGroupKey(group.itemGroupOid(), group.repeatKey());
        values.instance(key);
        group.items().forEach(item -> values.value(key, item.itemOid(), item.entered()));
      }
    }
    return values.build();
  }

  public List<ItemGroupData> groups() {
    return List.copyOf(groups);
  }

  public Long id() {
    return id;
  }

  public StudyEventData event() {
    return event;
  }

  public String formOid() {
    return formOid;
  }

  public int formRepeatKey() {
    return formRepeatKey;
  }

  public String metaDataVersion() {
    return metaDataVersion;
  }

  public FormStatus status() {
    return status;
  }

  public int version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
