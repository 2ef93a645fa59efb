package org.ecrf.crf.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ecrf.security.domain.Role;

/**
 * One version of a study's definition: a Study with one MetaDataVersion, as read from a validated
 * ODM file in {@code crf-definitions/} or an upload. Immutable; definitions are looked up by OID,
 * lists keep file order (events in Protocol order). Captured data are keyed by the same OIDs and
 * point to the MetaDataVersion they were entered under.
 *
 * <p>Built by the ODM reader ({@code org.ecrf.crf.odm}) only after validation, so every reference
 * in it resolves; lookups still return {@link Optional} so that callers holding an OID from
 * elsewhere (stored data, a URL) handle an unknown one.
 */
public final class StudyDefinition {

  private final StudyHeader header;
  private final StudyDesign design;
  private final Map<String, StudyEventDef> events;
  private final Map<String, FormDef> forms;
  private final Map<String, ItemGroupDef> itemGroups;
  private final Map<String, ItemDef> items;
  private final Map<String, CodeList> codeLists;
  private final Map<String, MeasurementUnit> units;
  private final Map<String, ConditionDef> conditions;
  private final Map<String, MethodDef> methods;

  private StudyDefinition(Builder builder) {
    this.header = builder.header;
    this.design = builder.design;
    this.events = index(builder.events, StudyEventDef::oid);
    this.forms = index(builder.forms, FormDef::oid);
    this.itemGroups = index(builder.itemGroups, ItemGroupDef::oid);
    this.items = index(builder.items, ItemDef::oid);
    this.codeLists = index(builder.codeLists, CodeList::oid);
    this.units = index(builder.units, MeasurementUnit::oid);
    this.conditions = index(builder.conditions, ConditionDef::oid);
    this.methods = index(builder.methods, MethodDef::oid);
  }

  private static <T> Map<String, T> index(List<T> definitions, Function<T, String> oid) {
    Map<String, T> byOid = new LinkedHashMap<>();
    for (T definition : definitions) {
      if (byOid.putIfAbsent(oid.apply(definition), definition) != null) {
        throw new IllegalArgumentException("OID defined twice: " + oid.apply(definition));
      }
    }
    return Collections.unmodifiableMap(byOid);
  }

  /** Starts a definition of the given study and MetaDataVersion. */
  public static Builder builder(StudyHeader header, StudyDesign design) {
    return new Builder(header, design);
  }

  /** Study and MetaDataVersion identity. */
  public StudyHeader header() {
    return header;
  }

  /** Sites, arms, randomisation, protocol, blinding and dosing rules. */
  public StudyDesign design() {
    return design;
  }

  /** The study events in Protocol order (events the Protocol does not list come last). */
  public List<StudyEventDef> events() {
    List<StudyEventDef> ordered = new ArrayList<>();
    design.protocol().forEach(ref -> event(ref.studyEventOid()).ifPresent(ordered::add));
    events.values().stream().filter(event -> !ordered.contains(event)).forEach(ordered::add);
    return List.copyOf(ordered);
  }

  public Optional<StudyEventDef> event(String oid) {
    return Optional.ofNullable(events.get(oid));
  }

  /** All forms, in file order. */
  public Collection<FormDef> forms() {
    return forms.values();
  }

  public Optional<FormDef> form(String oid) {
    return Optional.ofNullable(forms.get(oid));
  }

  public Collection<ItemGroupDef> itemGroups() {
    return itemGroups.values();
  }

  public Optional<ItemGroupDef> itemGroup(String oid) {
    return Optional.ofNullable(itemGroups.get(oid));
  }

  public Collection<ItemDef> items() {
    return items.values();
  }

  public Optional<ItemDef> item(String oid) {
    return Optional.ofNullable(items.get(oid));
  }

  public Collection<CodeList> codeLists() {
    return codeLists.values();
  }

  public Optional<CodeList> codeList(String oid) {
    return Optional.ofNullable(codeLists.get(oid));
  }

  public Collection<MeasurementUnit> units() {
    return units.values();
  }

  public Optional<MeasurementUnit> unit(String oid) {
    return Optional.ofNullable(units.get(oid));
  }

  public Collection<ConditionDef> conditions() {
    return conditions.values();
  }

  public Optional<ConditionDef> condition(String oid) {
    return Optional.ofNullable(conditions.get(oid));
  }

  public Collection<MethodDef> methods() {
    return methods.values();
  }

  public Optional<MethodDef> method(String oid) {
    return Optional.ofNullable(methods.get(oid));
  }

  /** The sections of a form, in order; empty for an unknown form. */
  public List<ItemGroupDef> itemGroupsOf(String formOid) {
    return form(formOid).stream()
        .flatMap(form -> form.itemGroupRefs().stream())
        .flatMap(ref -> itemGroup(ref.itemGroupOid()).stream())
        .toList();
  }

  /** The item references of a form across its sections, in order; empty for an unknown form. */
  public List<ItemRef> itemRefsOf(String formOid) {
    return itemGroupsOf(formOid).stream().flatMap(group -> group.itemRefs().stream()).toList();
  }

  /** The algorithm output that derives an item on a form, if the item is derived there. */
  public Optional<AlgorithmOutput> derivationOf(ItemRef itemRef) {
    return itemRef.methodOid().flatMap(this::method).flatMap(MethodDef::algorithm);
  }

  /**
   * True when some blinding rule hides the item from the role for a subject of the arm. A subject
   * not yet randomised (empty arm code) is in no arm, so nothing is hidden by arm.
   */
  public boolean isBlinded(String itemOid, Role role, String armCode) {
    return design.blindingRules().stream().anyMatch(rule -> rule.hides(itemOid, role, armCode));
  }

  /**
   * True when a blinding rule hides the item from any of the reader's roles for a subject of the
   * arm. A reader who holds a blinded role is blinded whatever other roles they hold: the platform
   * cannot tell in which role they read, and the blind must not depend on it (an unblinded person
   * should not be given a blinded role). Pages, the API, exports and the audit trail all decide by
   * this one rule.
   */
  public boolean isHiddenFrom(String itemOid, Set<Role> roles, String armCode) {
    return roles.stream().anyMatch(role -> isBlinded(itemOid, role, armCode));
  }

  /**
   * A value converted between units: unchanged for the same unit, else by the conversion of {@code
   * fromUnitOid} to {@code toUnitOid}; empty when there is none.
   */
  public Optional<BigDecimal> convert(BigDecimal value, String fromUnitOid, String toUnitOid) {
    if (fromUnitOid.equals(toUnitOid)) {
      return Optional.of(value);
    }
    return unit(fromUnitOid).flatMap(unit -> unit.conversionTo(toUnitOid)).map(c -> c.apply(value));
  }

  @Override
  public String toString() {
    return header.studyOid() + " " + header.metaDataVersionOid();
  }

  /** Collects the definitions of a study; OIDs must be unique per kind. */
  public static final class Builder {
    private final StudyHeader header;
    private final StudyDesign design;
    private final List<StudyEventDef> events = new ArrayList<>();
    private final List<FormDef> forms = new ArrayList<>();
    private final List<ItemGroupDef> itemGroups = new ArrayList<>();
    private final List<ItemDef> items = new ArrayList<>();
    private final List<CodeList> codeLists = new ArrayList<>();
    private final List<MeasurementUnit> units = new ArrayList<>();
    private final List<ConditionDef> conditions = new ArrayList<>();
    private final List<MethodDef> methods = new ArrayList<>();

    private Builder(StudyHeader header, StudyDesign design) {
      this.header = header;
      this.design = design;
    }

    public Builder event(StudyEventDef event) {
      events.add(event);
      return this;
    }

    public Builder form(FormDef form) {
      forms.add(form);
      return this;
    }

    public Builder itemGroup(ItemGroupDef itemGroup) {
      itemGroups.add(itemGroup);
      return this;
    }

    public Builder item(ItemDef item) {
      items.add(item);
      return this;
    }

    public Builder codeList(CodeList codeList) {
      codeLists.add(codeList);
      return this;
    }

    public Builder unit(MeasurementUnit unit) {
      units.add(unit);
      return this;
    }

    public Builder condition(ConditionDef condition) {
      conditions.add(condition);
      return this;
    }

    public Builder method(MethodDef method) {
      methods.add(method);
      return this;
    }

    /**
     * The immutable definition.
     *
     * @throws IllegalArgumentException when an OID is defined twice within its kind
     */
    public StudyDefinition build() {
      return new StudyDefinition(this);
    }
  }
}
