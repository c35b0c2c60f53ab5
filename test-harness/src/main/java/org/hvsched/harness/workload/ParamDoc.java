package org.hvsched.harness.workload;

/**
 * One documented key of a workload type or profile, as {@code hvsched profiles} and
 * {@code docs/scenario.md} list it.
 *
 * @param name the key
 * @param defaultValue its default in scenario spelling ("required" when there is none)
 * @param meaning one sentence
 */
public record ParamDoc(String name, String defaultValue, String meaning) {}
