package org.ecrf.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A trial site. The code is fixed once created (it is part of every subject key issued there). */
@Entity
@Table(name = "site")
@NamedQuery(name = "Site.all", query = "SELECT s FROM Site s ORDER BY s.code")
@NamedQuery(name = "Site.byCode", query = "SELECT s FROM Site s WHERE s.code = :code")
public class Site implements Serializable {

  /**
   * Upper-case letters and digits, starting with a letter, 2 to 16 characters (it becomes SDTM
   * SITEID).
   */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected Site() {}

  public Site(String code, SiteDetails details, Instant createdAt) {
    this.code = checkedCode(code);
    this.createdAt = Objects.requireNonNull(createdAt);
    update(details);
  }

  public static String checkedCode(String code) {
    String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "A site code is 2 to 16 upper-case letters or digits starting with a letter, not '"
              + code
              + "'");
    }
    return normalised;
  }

  /** Changes name, country and time zone; checks each. */
  public void update(SiteDetails details) {
    if (details.name() == null || details.name().isBlank()) {
      throw new IllegalArgumentException("A site needs a name");
    }
    String country =
        details.countryCode() == null ? "" : details.countryCode().trim().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "The country is an ISO 3166-1 alpha-3 code such as DEU, not '"
              + details.countryCode()
              + "'");
    }
    try {
      ZoneId.of(details.timeZone());
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException(
          "The time zone is an IANA zone id such as Europe/Berlin, not '"
              + details.timeZone()
              + "'");
    }
    this.name = details.name().trim();
    this.countryCode = country;
    this.timeZone = details.timeZone();
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public SiteDetails details() {
    return new SiteDetails(name, countryCode, timeZone);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String countryCode() {
    return countryCode;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
