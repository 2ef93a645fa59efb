package org.ecrf.crf.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecrf.crf.domain.DefinitionFile;

/**
 * At deployment, registers the study definitions shipped in the WAR ({@code
 * WEB-INF/crf-definitions/}, from the project's {@code crf-definitions/}) and loads every stored
 * version. Any fault stops the deployment, with file, line, column and the fault in the log.
 */
@ApplicationScoped
public class DefinitionStartup {

  static final String FOLDER = "/WEB-INF/crf-definitions/";
  private static final System.Logger LOG = System.getLogger(DefinitionStartup.class.getName());

  @Inject private BuiltInDefinitions builtIns;
  @Inject private CrfDefinitionRegistry registry;

  /** Runs before other start-up work (demo data need the studies). */
  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          ServletContext context) {
    List<DefinitionFile> files = filesIn(context, FOLDER);
    if (files.isEmpty()) {
      LOG.log(Level.WARNING, "No study definitions in " + FOLDER);
    }
    for (DefinitionFile file : files) {
      register(file);
    }
    registry.refresh();
  }

  private void register(DefinitionFile file) {
    try {
      builtIns.register(file);
    } catch (RuntimeException e) {
      if (!(rootCause(e) instanceof SQLIntegrityConstraintViolationException)) {
        throw e;
      }
      LOG.log(Level.INFO, "{0} was registered by another server instance meanwhile", file.name());
      builtIns.register(file);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Every {@code *.xml} below the folder, in name order, named relative to it (e.g. {@code
   * TOPIT/MDV.1.xml}).
   */
  static List<DefinitionFile> filesIn(ServletContext context, String folder) {
    List<DefinitionFile> files = new ArrayList<>();
    collect(context, folder, folder, files);
    files.sort((a, b) -> a.name().compareTo(b.name()));
    return files;
  }

  private static void collect(
      ServletContext context, String root, String path, List<DefinitionFile> files) {
    Set<String> entries = context.getResourcePaths(path);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        collect(context, root, entry, files);
      } else if (entry.endsWith(".xml")) {
        try (InputStream in = context.getResourceAsStream(entry)) {
          files.add(new DefinitionFile(entry.substring(root.length()), in.readAllBytes(), false));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + entry, e);
        }
      }
    }
  }
}
