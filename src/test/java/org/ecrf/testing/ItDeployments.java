package org.ecrf.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests (STYLE.md §12: one shared helper). Client-side tests
 * deploy the WAR that {@code mvn package} built, exactly as it ships.
 */
public final class ItDeployments {

  private ItDeployments() {}

  public static WebArchive builtWar() {
    Path war = Path.of(System.getProperty("it.war", "target/ecrf.war"));
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException(
          war + " is missing: integration tests run after 'mvn package'");
    }
    return ShrinkWrap.create(ZipImporter.class, "ecrf.war")
        .importFrom(war.toFile())
        .as(WebArchive.class);
  }
}
