/**
 * Printers for a {@link org.hvsched.topology.Topology}: the text that {@code hvsched topology}
 * prints (ending in the summary line) and the JSON of spec.md section 2 ({@code --format json}).
 */
package org.hvsched.topology.output;
