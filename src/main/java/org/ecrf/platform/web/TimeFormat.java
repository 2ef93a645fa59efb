package org.ecrf.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats stored times for pages: always with their zone, UTC unless a site's zone is given. */
@Named("time")
@ApplicationScoped
public class TimeFormat {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }
}
