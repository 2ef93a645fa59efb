package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster ({@code ECRF_CLUSTER_MEMBERS}) the server instances share each page session through
 * the data grid, which serialises it: every view-, session- or conversation-scoped bean, and
 * everything its fields can hold, must be serialisable, or the session (and the view the user works
 * in) is lost when the next request reaches another instance. This follows the declared types of
 * every such bean's fields, and of their generic arguments and record components, through the
 * platform's own classes.
 *
 * <p>Injected fields must hold normal-scoped beans (their client proxies are serialisable); other
 * fields must be serialisable or {@code transient}; {@link Optional} is not serialisable. A class
 * with a serial form of its own ({@code writeReplace}) is trusted to its own round-trip test.
 */
class SessionStateSerializableTest {

  private static final Set<String> PASSIVATING_SCOPES =
      Set.of("ViewScoped", "SessionScoped", "ConversationScoped");

  @Test
  void everythingAViewOrSessionScopedBeanHoldsIsSerializable() throws Exception {
    List<Class<?>> beans = passivatingBeans();
    Set<String> problems = new TreeSet<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      checkFields(bean, bean.getSimpleName(), seen, problems);
    }

    assertThat(beans).as("view- and session-scoped beans found").hasSizeGreaterThan(10);
    assertThat(problems).isEmpty();
  }

  /**
   * The platform's classes (beside the launcher's, in {@code target/classes}) with such a scope.
   */
  private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("org/ecrf"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String relative = classes.relativize(file).toString();
        Class<?> type = load(relative.substring(0, relative.length() - 6).replace('/', '.'));
        if (Arrays.stream(type.getAnnotations())
            .anyMatch(a -> PASSIVATING_SCOPES.contains(a.annotationType().getSimpleName()))) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkFields(
      Class<?> type, String path, Set<Type> seen, Set<String> problems) {
    for (Class<?> c = type;
        c != null && c.getName().startsWith("org.ecrf.");
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        String where = path + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class)) {
          if (!isNormalScoped(field.getType())) {
            problems.add(
                where + " injects " + field.getType().getName() + ", not a normal-scoped bean");
          }
        } else {
          check(field.getGenericType(), where, seen, problems);
        }
      }
    }
  }

  private static void check(Type type, String path, Set<Type> seen, Set<String> problems) {
    if (type == Optional.class) {
      problems.add(path + " is an Optional, which is not Serializable");
      return;
    }
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, seen, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", seen, problems);
      }
    } else if (type instanceof WildcardType w) {
      Arrays.stream(w.getUpperBounds()).forEach(b -> check(b, path, seen, problems));
    } else if (type instanceof TypeVariable<?> v) {
      Arrays.stream(v.getBounds()).forEach(b -> check(b, path, seen, problems));
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path, seen, problems);
    } else if (type instanceof Class<?> c) {
      checkClass(c, path, seen, problems);
    } else {
      problems.add(path + " has a type this test does not know: " + type);
    }
  }

  private static void checkClass(Class<?> type, String path, Set<Type> seen, Set<String> problems) {
    if (type.isPrimitive() || type.isEnum() || isNormalScoped(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path, seen, problems);
      return;
    }
    boolean serializable = Serializable.class.isAssignableFrom(type);
    boolean open = type.isInterface() || Modifier.isAbstract(type.getModifiers());
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        check(permitted, path, seen, problems);
      }
    } else if (!serializable && !(open && type.getName().startsWith("java."))) {
      problems.add(path + " holds " + type.getName() + ", which is not Serializable");
    }
    if (type.getName().startsWith("org.ecrf.") && !(serializable && hasSerialForm(type))) {
      checkFields(type, path, seen, problems);
    }
  }

  /**
   * A class that writes a serial form of its own ({@code writeReplace}) is stored as that form; its
   * own test round-trips it.
   */
  private static boolean hasSerialForm(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals("writeReplace") && m.getParameterCount() == 0);
  }

  /** A bean whose injection points receive a (serialisable) client proxy. */
  private static boolean isNormalScoped(Class<?> type) {
    return Arrays.stream(type.getAnnotations())
        .map(Annotation::annotationType)
        .anyMatch(a -> a.isAnnotationPresent(NormalScope.class));
  }
}
