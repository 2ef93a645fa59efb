package org.ecrf.site.domain;

import java.util.List;
import java.util.Optional;

public interface SiteRepository {

  List<Site> all();

  Optional<Site> byCode(String code);

  void add(Site site);

  /** Writes pending changes now (a new site gets its id). */
  void flush();
}
