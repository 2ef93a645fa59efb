package org.ecrf.demo.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At start-up in demo mode, asks {@link DemoData} to seed the database if it is empty. */
@ApplicationScoped
public class DemoDataSeeder {

  private static final System.Logger LOG = System.getLogger(DemoDataSeeder.class.getName());

  @Inject
  @ConfigProperty(name = "ecrf.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DemoData demoData;

  /** Runs after the study definitions are registered. */
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!demo) {
      return;
    }
    switch (demoData.seedIfEmpty()) {
      case SEEDED -> LOG.log(Level.INFO, "Demo mode: demo sites and accounts created (see README)");
      case ALREADY_SEEDED -> LOG.log(Level.INFO, "Demo mode: demo data were seeded earlier");
      case NOT_EMPTY ->
          LOG.log(
              Level.WARNING, "Demo mode: the database has accounts already, nothing was seeded");
    }
  }
}
