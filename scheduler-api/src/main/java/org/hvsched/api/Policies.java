package org.hvsched.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The providers on the class path, found by {@link ServiceLoader}, sorted by id. */
public final class Policies {
  private Policies() {}

  /** Every provider, sorted by id; duplicate ids are an error. */
  public static List<PolicyProvider> all() {
    List<PolicyProvider> found = new ArrayList<>();
    for (PolicyProvider p : ServiceLoader.load(PolicyProvider.class,
        Policies.class.getClassLoader())) {
      found.add(p);
    }
    found.sort(Comparator.comparing(PolicyProvider::id));
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).id().equals(found.get(i - 1).id())) {
        throw new IllegalStateException("two providers with id " + found.get(i).id());
      }
    }
    return List.copyOf(found);
  }

  /** The provider with {@code id}; an unknown id names the known ones. */
  public static PolicyProvider byId(String id) {
    List<PolicyProvider> all = all();
    for (PolicyProvider p : all) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(String.format("unknown policy '%s'; expected one of: %s",
        id, all.stream().map(PolicyProvider::id).collect(Collectors.joining(", "))));
  }
}
