package org.ecrf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The English and German texts cover the same keys, so no page shows a missing text in either
 * language.
 */
class MessageBundlesTest {

  @Test
  void englishAndGermanHaveTheSameKeys() throws IOException {
    Properties english = load("/i18n/messages_en.properties");
    Properties german = load("/i18n/messages_de.properties");

    assertThat(german.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void everyTextIsFilled() throws IOException {
    for (String bundle :
        new String[] {"/i18n/messages_en.properties", "/i18n/messages_de.properties"}) {
      Properties texts = load(bundle);
      assertThat(texts.stringPropertyNames())
          .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      properties.load(in);
    }
    return properties;
  }
}
