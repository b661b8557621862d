package vn.motcua.stack;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** What kustomization.yaml applies, parsed, with the lookups the cross-reference checks need. */
record KubernetesSystem(Kustomization kustomization, List<Object> resources, List<Secret> provided) {
    static final List<String> SERVICES = List.of("intake", "tracking", "notification");

    static KubernetesSystem load() throws IOException {
        Kustomization k =
                (Kustomization) KubernetesManifests.parse("kustomization.yaml").get(0);
        List<Object> resources = new ArrayList<>();
        for (String file : k.getResources()) {
            resources.addAll(KubernetesManifests.parse(file));
        }
        List<Secret> provided = KubernetesManifests.parse("provided-secrets.example.yaml").stream()
                .map(Secret.class::cast)
                .toList();
        return new KubernetesSystem(k, resources, provided);
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(meta(r).getName())).findFirst();
    }

    <T> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static ObjectMeta meta(Object resource) {
        if (resource instanceof HasMetadata h) {
            return h.getMetadata();
        }
        try {
            return (ObjectMeta) resource.getClass().getMethod("metadata").invoke(resource);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Container container(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The value a container's env gives a name, directly or through a ConfigMap it loads. */
    Optional<String> env(Deployment d, String name) {
        Container c = container(d);
        for (EnvVar e : c.getEnv()) {
            if (e.getName().equals(name)) {
                return Optional.of(e.getValue() != null ? e.getValue() : "<from " + e.getValueFrom() + ">");
            }
        }
        return c.getEnvFrom().stream()
                .filter(f -> f.getConfigMapRef() != null)
                .map(f -> named(ConfigMap.class, f.getConfigMapRef().getName()).getData())
                .filter(data -> data.containsKey(name))
                .map(data -> data.get(name))
                .findFirst();
    }

    /** Every Secret and key that will exist: the manifests', the province's, and what the operators create. */
    Map<String, Set<String>> secretKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        List<Secret> secrets = new ArrayList<>(all(Secret.class));
        secrets.addAll(provided);
        for (Secret s : secrets) {
            Set<String> k = keys.computeIfAbsent(s.getMetadata().getName(), n -> new HashSet<>());
            k.addAll(s.getStringData().keySet());
            k.addAll(s.getData().keySet());
        }
        // Strimzi: a Secret per KafkaUser (its SCRAM password) and the cluster CA's certificate for clients.
        all(KafkaUser.class).forEach(u -> keys.put(u.getMetadata().getName(), Set.of("password", "sasl.jaas.config")));
        all(Kafka.class)
                .forEach(k -> keys.put(
                        k.getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password")));
        // The mariadb-operator generates the root password it is told to generate.
        all(OperatorModels.MariaDb.class).forEach(m -> {
            OperatorModels.SecretKeyRef root = m.spec().rootPasswordSecretKeyRef();
            if (Boolean.TRUE.equals(root.generate())) {
                keys.computeIfAbsent(root.name(), n -> new HashSet<>()).add(root.key());
            }
        });
        return keys;
    }

    static Properties properties(String service) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                SharedCopiesTest.ROOT.resolve(service + "-service/src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
