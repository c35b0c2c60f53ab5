package org.hvsched.harness.sweep;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.hvsched.harness.yaml.YamlNode;

/**
 * The cross product of the axes' values, in order: the last axis varies fastest, like nested
 * loops written in the axes' order. No axes: one empty point.
 */
final class Odometer implements Iterable<List<YamlNode>> {
  private final List<Axis> axes;

  Odometer(List<Axis> axes) {
    this.axes = List.copyOf(axes);
  }

  @Override
  public Iterator<List<YamlNode>> iterator() {
    int[] digits = new int[axes.size()];
    return new Iterator<>() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public List<YamlNode> next() {
        if (done) {
          throw new NoSuchElementException();
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < digits.length; i++) {
          out.add(axes.get(i).values().get(digits[i]));
        }
        advance();
        return out;
      }

      private void advance() {
        for (int i = digits.length - 1; i >= 0; i--) {
          if (++digits[i] < axes.get(i).values().size()) {
            return;
          }
          digits[i] = 0;
        }
        done = true;
      }
    };
  }
}
