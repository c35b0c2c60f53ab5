package org.hvsched.harness.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hvsched.api.imports.DomainImporter;
import org.hvsched.api.imports.ImportedDomain;
import org.hvsched.topology.InputException;

/**
 * A test importer (key {@code kv}, registered in the test resources) reading {@code key=value}
 * lines: name, vcpus, weight, cap, cpus, pin.N, emulatorpin, setting.NAME, note. It exercises
 * the scenario's import path without the policy modules that bring the real xl and libvirt
 * importers.
 */
public final class KeyValueImporter implements DomainImporter {
  @Override
  public String key() {
    return "kv";
  }

  @Override
  public ImportedDomain read(Path file) {
    Map<String, String> kv = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          kv.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    Map<Integer, String> pins = new LinkedHashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    kv.forEach((k, v) -> {
      if (k.startsWith("pin.")) {
        pins.put(Integer.parseInt(k.substring(4)), v);
      } else if (k.startsWith("setting.")) {
        settings.put(k.substring(8), v);
      } else if (k.equals("note")) {
        notes.add(v);
      }
    });
    List<ImportedDomain.ExtraThread> threads = new ArrayList<>();
    if (kv.containsKey("emulatorpin")) {
      threads.add(new ImportedDomain.ExtraThread("emulator", "emulator",
          Optional.of(kv.get("emulatorpin"))));
    }
    return new ImportedDomain(file.toString(), kv.getOrDefault("name", "unnamed"),
        Integer.parseInt(kv.getOrDefault("vcpus", "1")), optInt(kv.get("weight")),
        optInt(kv.get("cap")), Optional.ofNullable(kv.get("cpus")), Optional.empty(),
        Optional.empty(), pins, threads, settings, notes);
  }

  private static OptionalInt optInt(String v) {
    return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
  }
}
