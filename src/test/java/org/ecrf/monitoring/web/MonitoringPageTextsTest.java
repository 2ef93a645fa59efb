package org.ecrf.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.LockScope;
import org.ecrf.monitoring.domain.SignatureScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the monitoring pages name by key exists in English and German. */
class MonitoringPageTextsTest {

  private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/i18n/messages_en.properties", "/i18n/messages_de.properties"})
  void everyKeyOfTheMonitoringPagesHasAText(String bundle) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = getClass().getResourceAsStream(bundle)) {
      texts.load(in);
    }
    List<String> keys = new ArrayList<>();
    for (Path page : pages()) {
      Matcher matcher = KEY.matcher(Files.readString(page));
      while (matcher.find()) {
        keys.add(matcher.group(1));
      }
    }

    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(texts).containsKey(key));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/i18n/messages_en.properties", "/i18n/messages_de.properties"})
  void everyScopeALockOrSignatureNamesHasAText(String bundle) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = getClass().getResourceAsStream(bundle)) {
      texts.load(in);
    }
    List<String> keys = new ArrayList<>();
    for (LockScope scope : LockScope.values()) {
      keys.add("monitoring.scopeLock.scope." + scope.name());
    }
    keys.add("monitoring.scopeLock.level." + FormStatus.FROZEN.name());
    keys.add("monitoring.scopeLock.level." + FormStatus.LOCKED.name());
    for (SignatureScope scope : new ScopeSigningDialog().getScopes()) {
      keys.add("monitoring.scopeSign." + scope.name());
      keys.add("monitoring.signedScope." + scope.name());
    }

    assertThat(keys).allSatisfy(key -> assertThat(texts).containsKey(key));
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> monitoring = Files.list(Path.of("src/main/webapp/monitoring"))) {
      List<Path> pages = new ArrayList<>(monitoring.toList());
      pages.add(Path.of("src/main/webapp/WEB-INF/includes/form-monitoring.xhtml"));
      return pages;
    }
  }
}
