package dk.samskab.bench;

import java.time.Duration;

/** The benchmark's knobs, passed to the simulations as system properties by CapacityBenchmark. */
record Settings(String baseUrl, int learners, int firstLearner, double signInsPerSecond, Duration hold,
        Duration thinkMin, Duration thinkMax, int managers, double visitorsPerSecond, int concurrency, Duration phase) {

    static Settings read() {
        return new Settings(
                System.getProperty("bench.baseUrl", "http://localhost:8080"),
                Integer.getInteger("bench.learners", 1000),
                Integer.getInteger("bench.firstLearner", 0),
                Double.parseDouble(System.getProperty("bench.signInsPerSecond", "33.4")),
                Duration.ofSeconds(Long.getLong("bench.holdSeconds", 180)),
                Duration.ofSeconds(Long.getLong("bench.thinkMinSeconds", 30)),
                Duration.ofSeconds(Long.getLong("bench.thinkMaxSeconds", 90)),
                Integer.getInteger("bench.managers", 5),
                Double.parseDouble(System.getProperty("bench.visitorsPerSecond", "2")),
                Integer.getInteger("bench.concurrency", 20),
                Duration.ofSeconds(Long.getLong("bench.phaseSeconds", 30)));
    }

    /** How long signing in all learners takes at the configured rate. */
    Duration ramp() {
        return Duration.ofMillis(Math.max(1000, Math.round(learners / signInsPerSecond * 1000)));
    }
}
