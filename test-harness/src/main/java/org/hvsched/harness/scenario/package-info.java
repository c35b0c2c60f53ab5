/**
 * Scenarios (spec.md section 3): the parsed, defaulted model ({@link
 * org.hvsched.harness.scenario.Scenario} and its parts), the parser with positioned errors, domain
 * imports through {@link org.hvsched.api.imports.DomainImporter}, policy resolution, and the
 * fully resolved rendering that {@code hvsched validate} prints.
 */
package org.hvsched.harness.scenario;
