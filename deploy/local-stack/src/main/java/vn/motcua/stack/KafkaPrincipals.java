package vn.motcua.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * One SCRAM principal per service and what it may do: write its own topics (its dead letters included), read
 * what it consumes, use consumer groups named after it. Nothing else: the broker refuses anything without an ACL.
 * The same set is documented in docs/security.md and is what a production broker's ACLs should grant.
 */
record KafkaPrincipals(String user, List<String> writes, List<String> reads) {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-kafka-local-pw";
    static final List<KafkaPrincipals> SERVICES = List.of(
            new KafkaPrincipals(
                    "intake",
                    List.of("dossier-intake-events", "agency-events", "intake-dead-letter"),
                    List.of("dossier-status-events")),
            new KafkaPrincipals(
                    "tracking",
                    List.of("dossier-status-events", "tracking-dead-letter"),
                    List.of("dossier-intake-events", "agency-events")),
            new KafkaPrincipals(
                    "notification",
                    List.of("notification-dead-letter"),
                    List.of("dossier-status-events", "dossier-intake-events", "agency-events")));

    /** The local stack's password for a service's principal (production passwords come from the environment). */
    static String localPassword(String user) {
        return user + "-kafka-local-pw";
    }

    /** A client config with the given principal's SASL/SCRAM credentials. */
    static Map<String, Object> client(String user, String password, String bootstrap) {
        return Map.of(
                "bootstrap.servers",
                bootstrap,
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "SCRAM-SHA-512",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
    }

    List<AclBinding> acls() {
        String principal = "User:" + user;
        List<AclBinding> acls = new ArrayList<>();
        writes.forEach(t -> acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, principal, AclOperation.WRITE)));
        reads.forEach(t -> acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, principal, AclOperation.READ)));
        // Group ids start with the service's name (intake-service, tracking-service-agencies, tracking-it-…).
        acls.add(allow(ResourceType.GROUP, user, PatternType.PREFIXED, principal, AclOperation.READ));
        return acls;
    }

    private static AclBinding allow(
            ResourceType type, String name, PatternType pattern, String principal, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** Creates or updates every service's credentials and ACLs: both are idempotent, so every start runs them. */
    static void apply(Admin admin) throws Exception {
        List<UserScramCredentialUpsertion> users = SERVICES.stream()
                .map(p -> new UserScramCredentialUpsertion(
                        p.user(), new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), localPassword(p.user())))
                .toList();
        admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
        admin.createAcls(SERVICES.stream().flatMap(p -> p.acls().stream()).toList())
                .all()
                .get(30, TimeUnit.SECONDS);
    }
}
