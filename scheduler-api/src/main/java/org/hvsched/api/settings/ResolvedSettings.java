package org.hvsched.api.settings;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every setting of a policy with its value (defaults filled in), in the order the policy
 * declares them, under their canonical names. Policies turn it into their own settings record.
 */
public final class ResolvedSettings {
  private final String policyId;
  private final Map<String, Object> values;

  ResolvedSettings(String policyId, Map<String, Object> values) {
    this.policyId = policyId;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The policy these settings belong to. */
  public String policyId() {
    return policyId;
  }

  /** All values by canonical name, in declaration order (what results print). */
  public Map<String, Object> asMap() {
    return values;
  }

  /** A LONG setting. */
  public long longValue(String name) {
    return (Long) get(name);
  }

  /** A LONG setting that must fit an int. */
  public int intValue(String name) {
    return Math.toIntExact(longValue(name));
  }

  /** A BOOLEAN setting. */
  public boolean booleanValue(String name) {
    return (Boolean) get(name);
  }

  /** A CHOICE setting. */
  public String choice(String name) {
    return (String) get(name);
  }

  /** A DOUBLE setting. */
  public double doubleValue(String name) {
    return (Double) get(name);
  }

  private Object get(String name) {
    Object v = values.get(name);
    checkArgument(v != null, "policy %s has no setting %s", policyId, name);
    return v;
  }

  @Override
  public String toString() {
    return policyId + values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResolvedSettings r && r.policyId.equals(policyId)
        && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return policyId.hashCode() * 31 + values.hashCode();
  }
}
