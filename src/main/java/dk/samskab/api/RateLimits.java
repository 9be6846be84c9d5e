package dk.samskab.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client and node: a client may spend its requests per minute at any pace,
 * and the bucket fills again at that rate. Each node keeps its own buckets, so behind a load
 * balancer of n nodes a client may reach at most n times its limit.
 */
@ApplicationScoped
public class RateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request; 0 when allowed, otherwise the whole seconds to wait before the next. */
    public long take(String clientId, int perMinute) {
        Bucket bucket = buckets.compute(clientId, (id, b) -> b == null || b.perMinute != perMinute ? new Bucket(perMinute) : b);
        return bucket.take(System.nanoTime());
    }

    private static final class Bucket {
        private final int perMinute;
        private double tokens;
        private long lastNanos;

        Bucket(int perMinute) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
            this.lastNanos = System.nanoTime();
        }

        synchronized long take(long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - lastNanos) * perNano);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
