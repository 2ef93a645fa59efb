package org.ecrf.site.domain;

import java.util.List;
import java.util.Optional;

public interface SiteRepository {

  List<Site> all();

  Optional<Site> byCode(String code);

  void add(Site site);
}
