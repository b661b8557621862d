package vn.motcua.notification.common.messaging;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings for a Kafka client the service creates itself (outbox relay, dead letters): the broker's address and
 * security, exactly as the channels get them (the `kafka.*` properties, Quarkus's "default-kafka-broker"), then the
 * client's own settings on top.
 */
public final class KafkaClientConfig {
    private KafkaClientConfig() {}

    public static Map<String, Object> of(Map<String, Object> broker, Map<String, Object> own) {
        Map<String, Object> all = new HashMap<>(broker);
        all.putAll(own);
        return all;
    }
}
