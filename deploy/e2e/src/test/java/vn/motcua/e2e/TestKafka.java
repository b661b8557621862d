package vn.motcua.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * Test clients connect as every client must: SASL/SCRAM-SHA-512. They use the local stack's admin principal (a
 * super user there), except where a test checks what a service's own principal may do.
 */
public final class TestKafka {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-kafka-local-pw";

    private TestKafka() {}

    public static Map<String, Object> admin(Map<String, ?> config) {
        return as(ADMIN, ADMIN_PASSWORD, config);
    }

    public static Map<String, Object> as(String user, String password, Map<String, ?> config) {
        Map<String, Object> all = new HashMap<>(config);
        all.put("security.protocol", "SASL_PLAINTEXT");
        all.put("sasl.mechanism", "SCRAM-SHA-512");
        all.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
        return all;
    }
}
