package dev.sellerworkbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/// Samples of one measurement and their median and 95th percentile.
final class Stat {

    private final List<Double> samples = new ArrayList<>();

    void add(double value) {
        samples.add(value);
    }

    int size() {
        return samples.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private double percentile(int p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static Stat of(double... values) {
        Stat stat = new Stat();
        for (double v : values) {
            stat.add(v);
        }
        return stat;
    }
}
