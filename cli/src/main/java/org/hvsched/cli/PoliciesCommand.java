package org.hvsched.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hvsched.api.Capability;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.SettingDef;
import org.hvsched.api.settings.SettingType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hvsched policies}: every provider with its capabilities and settings. */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = "List every policy: id, capabilities, settings (name, default, unit, meaning,"
        + " upstream name).")
final class PoliciesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    print(out);
    out.flush();
    return 0;
  }

  /** Prints the listing to {@code out}. */
  static void print(PrintWriter out) {
    List<PolicyProvider> all = Policies.all();
    for (PolicyProvider p : all) {
      out.println(p.id());
      out.println("  " + p.description());
      out.println("  capabilities: " + p.capabilities().stream().map(Capability::name)
          .map(s -> s.toLowerCase(Locale.ROOT).replace('_', '-'))
          .collect(Collectors.joining(", ")));
      out.println("  settings:");
      for (SettingDef d : p.settings()) {
        out.println("    " + d.name() + " = " + d.defaultValue()
            + (d.unit().isEmpty() ? "" : " " + d.unit()) + range(d));
        out.println("        " + d.meaning());
        if (!d.upstream().isEmpty() || !d.aliases().isEmpty()) {
          out.println("        upstream: " + (d.upstream().isEmpty() ? "-" : d.upstream())
              + (d.aliases().isEmpty() ? "" : "; aliases: " + String.join(", ", d.aliases())));
        }
      }
      out.println();
    }
  }

  private static String range(SettingDef d) {
    if (d.type() == SettingType.CHOICE) {
      return "  (" + String.join("|", d.choices()) + ")";
    }
    if (d.type() == SettingType.BOOLEAN) {
      return "  (true|false)";
    }
    return "  [" + fmt(d.min()) + ".." + fmt(d.max()) + "]";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
