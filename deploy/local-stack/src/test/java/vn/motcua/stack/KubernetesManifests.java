package vn.motcua.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses deploy/kubernetes strictly: each document by its apiVersion and kind into a real model (fabric8's
 * Kubernetes and Prometheus-operator models, Strimzi's, or {@link OperatorModels}), refusing any kind it does not
 * know and any field the model does not have (fabric8 and Strimzi keep unknown fields aside instead of failing, so
 * every parsed object is walked for them).
 */
final class KubernetesManifests {
    static final Path DIR = SharedCopiesTest.ROOT.resolve("deploy/kubernetes");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper MODEL = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class),
            Map.entry("rbac.authorization.k8s.io/v1/Role", io.fabric8.kubernetes.api.model.rbac.Role.class),
            Map.entry(
                    "rbac.authorization.k8s.io/v1/RoleBinding", io.fabric8.kubernetes.api.model.rbac.RoleBinding.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("k8s.mariadb.com/v1alpha1/MariaDB", OperatorModels.MariaDb.class),
            Map.entry("k8s.mariadb.com/v1alpha1/Database", OperatorModels.Database.class),
            Map.entry("k8s.mariadb.com/v1alpha1/User", OperatorModels.User.class),
            Map.entry("k8s.mariadb.com/v1alpha1/Grant", OperatorModels.Grant.class),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", OperatorModels.Keycloak.class),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", OperatorModels.KeycloakRealmImport.class),
            Map.entry("kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class));

    private KubernetesManifests() {}

    /** Every document of a file, typed; fails naming the file, the document and the field. */
    static List<Object> parse(String file) throws IOException {
        List<Object> out = new ArrayList<>();
        int index = 0;
        for (JsonNode doc : YAML.readerFor(JsonNode.class)
                .<JsonNode>readValues(DIR.resolve(file).toFile())
                .readAll()) {
            String where = file + " #" + index++;
            out.add(typed(doc, where));
        }
        return out;
    }

    static Object typed(JsonNode doc, String where) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<?> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError(where + ": no model for " + key);
        }
        Object value;
        try {
            value = MODEL.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(where + " (" + key + "): " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        walk(value, doc.path("kind").asText(), unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new AssertionError(where + " (" + key + "): fields the model does not have: " + unknown);
        }
        return value;
    }

    /** Collects the unknown fields fabric8 and Strimzi models kept in their additionalProperties. */
    private static void walk(Object o, String path, List<String> unknown, Set<Object> seen) {
        if (o == null || o instanceof JsonNode || !seen.add(o)) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        Class<?> type = o.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                walk(invoke(c.getAccessor(), o), path + "." + c.getName(), unknown, seen);
            }
            return;
        }
        String pkg = type.getPackageName();
        if (!pkg.startsWith("io.fabric8.") && !pkg.startsWith("io.strimzi.")) {
            return;
        }
        for (Method m : type.getMethods()) {
            String name = m.getName();
            boolean getter = name.startsWith("get") && name.length() > 3;
            if (!getter || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Object value = invoke(m, o);
            if (name.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                walk(value, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), unknown, seen);
            }
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // derived getters (a Quantity's amount in bytes, say) may refuse; they hold no fields
        }
    }
}
