package org.ecrf.security;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ecrf.platform.api.RestApplication;

/**
 * Every door of the platform as it is in the code: each JAX-RS resource method under {@code
 * org.ecrf} (found by reflection in the compiled main classes, with its HTTP method, full path
 * template and, for methods that take a body, the media type it consumes), and each Faces page
 * (every {@code .xhtml} of {@code src/main/webapp} outside {@code WEB-INF}, {@code META-INF} and
 * {@code resources}). The role × endpoint matrix must classify each of them.
 */
final class EndpointCatalogue {

  private static final String ROOT_PACKAGE = "org/ecrf/";
  private static final byte[] PATH_DESCRIPTOR =
      "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.UTF_8);
  private static final byte[] APPLICATION_PATH_DESCRIPTOR =
      "Ljakarta/ws/rs/ApplicationPath;".getBytes(StandardCharsets.UTF_8);
  private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

  private EndpointCatalogue() {}

  /** The API endpoints and the pages, sorted. */
  static Set<Endpoint> all(Path webapp) {
    Set<Endpoint> all = new TreeSet<>(apiEndpoints());
    all.addAll(pages(webapp));
    return all;
  }

  /** Every resource method of every root resource class under {@code org.ecrf}. */
  static Set<Endpoint> apiEndpoints() {
    String application = applicationPath(classesMentioning(APPLICATION_PATH_DESCRIPTOR));
    Set<Endpoint> endpoints = new TreeSet<>();
    for (Class<?> type : classesMentioning(PATH_DESCRIPTOR)) {
      endpoints.addAll(endpointsOf(type, application));
    }
    return endpoints;
  }

  private static List<Endpoint> endpointsOf(Class<?> type, String application) {
    jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
    if (classPath == null) {
      throw new IllegalStateException(
          type.getName()
              + " has @Path on methods only: a sub-resource, which this matrix cannot reach;"
              + " make it a root resource or extend the catalogue");
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return List.of();
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (Method method : type.getMethods()) {
      List<String> verbs = httpMethods(method);
      if (verbs.isEmpty() && !pathOf(method).isEmpty()) {
        throw new IllegalStateException(
            type.getName() + "." + method.getName() + " is a sub-resource locator: not supported");
      }
      for (String verb : verbs) {
        endpoints.add(
            Endpoint.api(
                verb,
                template(application, classPath.value(), pathOf(method)),
                METHODS_WITH_BODY.contains(verb) ? consumes(type, method) : "-"));
      }
    }
    return endpoints;
  }

  /** Every Faces page a browser can ask for. */
  static Set<Endpoint> pages(Path webapp) {
    try (Stream<Path> files = Files.walk(webapp)) {
      Set<Endpoint> pages = new TreeSet<>();
      files
          .filter(file -> file.getFileName().toString().endsWith(".xhtml"))
          .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
          .filter(page -> !isPrivate(page))
          .forEach(page -> pages.add(Endpoint.page(page)));
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the pages under " + webapp, e);
    }
  }

  private static boolean isPrivate(String page) {
    String first = page.substring(0, Math.max(page.indexOf('/'), 0));
    return first.equals("WEB-INF") || first.equals("META-INF") || first.equals("resources");
  }

  private static List<String> httpMethods(Method method) {
    List<String> verbs = new ArrayList<>();
    if (method.isBridge() || method.isSynthetic()) {
      return verbs;
    }
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        verbs.add(verb.value());
      }
    }
    return verbs;
  }

  private static String pathOf(Method method) {
    jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
    return path == null ? "" : path.value();
  }

  private static String template(String application, String type, String method) {
    String joined = application + "/" + type + "/" + method;
    String normalised =
        joined
            .replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}")
            .replaceAll("/+", "/")
            .replaceAll("^/|/$", "");
    return normalised;
  }

  private static String consumes(Class<?> type, Method method) {
    Consumes consumes =
        method.isAnnotationPresent(Consumes.class)
            ? method.getAnnotation(Consumes.class)
            : type.getAnnotation(Consumes.class);
    return consumes == null || consumes.value().length == 0 ? "-" : consumes.value()[0];
  }

  private static String applicationPath(List<Class<?>> candidates) {
    List<String> paths =
        candidates.stream()
            .map(type -> type.getAnnotation(ApplicationPath.class))
            .filter(java.util.Objects::nonNull)
            .map(ApplicationPath::value)
            .toList();
    if (paths.size() != 1) {
      throw new IllegalStateException(
          "Expected one @ApplicationPath under org.ecrf, found " + paths);
    }
    return paths.get(0);
  }

  /**
   * The main classes under {@code org.ecrf} whose class file names the annotation (a cheap filter
   * before loading: an annotation on the class or a method puts its descriptor in the constant
   * pool).
   */
  private static List<Class<?>> classesMentioning(byte[] descriptor) {
    Path root = mainClasses();
    try (Stream<Path> files = Files.walk(root.resolve(ROOT_PACKAGE))) {
      List<Class<?>> found = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        if (contains(Files.readAllBytes(file), descriptor)) {
          found.add(load(root.relativize(file).toString()));
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the main classes under " + root, e);
    }
  }

  private static Path mainClasses() {
    try {
      Path location =
          Path.of(
              RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(location)) {
        throw new IllegalStateException(
            "The main classes are not a directory (" + location + "): run from the build");
      }
      return location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String classFile) {
    String name = classFile.replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "");
    try {
      return Class.forName(name, false, EndpointCatalogue.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Cannot load " + name, e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * One door: {@code API} with HTTP method, full path template ({@code api/v1/studies/{study}/...})
   * and consumed media type ({@code -} without a body), or {@code PAGE} with its path ({@code
   * subjects/subject.xhtml}).
   */
  record Endpoint(String kind, String method, String path, String consumes)
      implements Comparable<Endpoint> {

    static Endpoint api(String method, String path, String consumes) {
      return new Endpoint("API", method, path, consumes);
    }

    static Endpoint page(String path) {
      return new Endpoint("PAGE", "GET", path, "-");
    }

    boolean isPage() {
      return kind.equals("PAGE");
    }

    @Override
    public int compareTo(Endpoint other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      return kind + " " + method + " " + path + (consumes.equals("-") ? "" : " [" + consumes + "]");
    }
  }
}
