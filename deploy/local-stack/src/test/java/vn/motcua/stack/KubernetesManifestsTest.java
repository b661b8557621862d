package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.stack.KubernetesSystem.SERVICES;
import static vn.motcua.stack.KubernetesSystem.container;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes, with no cluster to apply it to: every manifest parses strictly into a real model, and each
 * service's Deployment agrees with the service's own configuration. The references between resources are checked
 * in {@link KubernetesReferencesTest}.
 */
class KubernetesManifestsTest {
    static KubernetesSystem system;

    @BeforeAll
    static void load() throws IOException {
        system = KubernetesSystem.load();
    }

    @Test
    void everyFileIsAppliedOrIsTheProvincesSecretsTemplate() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<java.nio.file.Path> s = Files.list(KubernetesManifests.DIR)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .forEach(files::add);
        }
        Set<String> expected = new TreeSet<>(system.kustomization().getResources());
        expected.add("kustomization.yaml");
        expected.add("provided-secrets.example.yaml");
        assertEquals(expected, files);
        assertEquals("motcua", system.kustomization().getNamespace());
    }

    @Test
    void aMisspeltFieldOrAnUnknownKindIsRefused() throws IOException {
        JsonNode deployment = KubernetesManifests.YAML.readTree(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replica: 2}\n");
        AssertionError field = assertThrows(AssertionError.class, () -> KubernetesManifests.typed(deployment, "t"));
        assertTrue(field.getMessage().contains("replica"), field.getMessage());
        JsonNode grant = KubernetesManifests.YAML.readTree(
                "apiVersion: k8s.mariadb.com/v1alpha1\nkind: Grant\nmetadata: {name: x}\nspec: {privilege: [ALL]}\n");
        assertThrows(AssertionError.class, () -> KubernetesManifests.typed(grant, "t"));
        JsonNode kafka = KubernetesManifests.YAML.readTree("apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\n"
                + "metadata: {name: x}\nspec: {kafka: {listener: []}}\n");
        assertThrows(AssertionError.class, () -> KubernetesManifests.typed(kafka, "t"));
        JsonNode unknown = KubernetesManifests.YAML.readTree("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n");
        assertThrows(AssertionError.class, () -> KubernetesManifests.typed(unknown, "t"));
    }

    @Test
    void eachServiceRunsOnItsConfiguredPortsWithProbesOnTheManagementInterface() throws IOException {
        for (String s : SERVICES) {
            Properties p = KubernetesSystem.properties(s);
            Deployment d = system.named(Deployment.class, s + "-service");
            Container c = container(d);
            assertEquals(p.getProperty("quarkus.http.port"), port(c, "http"), s);
            assertEquals(p.getProperty("quarkus.management.port"), port(c, "management"), s);
            assertEquals(
                    p.getProperty("quarkus.http.port"),
                    system.env(d, "QUARKUS_HTTP_PORT").orElseThrow());
            assertEquals(
                    p.getProperty("quarkus.management.port"),
                    system.env(d, "QUARKUS_MANAGEMENT_PORT").orElseThrow());
            assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath());
            assertEquals(
                    "management", c.getReadinessProbe().getHttpGet().getPort().getStrVal());
            assertEquals("/q/health/live", c.getLivenessProbe().getHttpGet().getPath());
            assertEquals(
                    "management", c.getLivenessProbe().getHttpGet().getPort().getStrVal());
            assertTrue(c.getResources().getRequests().containsKey("cpu"), s + ": a CPU request, which the HPA needs");
            assertTrue(c.getResources().getLimits().containsKey("memory"), s);
        }
    }

    static String port(Container c, String name) {
        return c.getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .map(String::valueOf)
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port " + name));
    }

    @Test
    void everySettingWithoutADefaultIsGivenToTheService() throws IOException {
        Pattern required = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
        for (String s : SERVICES) {
            Properties p = KubernetesSystem.properties(s);
            Deployment d = system.named(Deployment.class, s + "-service");
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%") && !key.startsWith("%prod.")) {
                    continue;
                }
                Matcher m = required.matcher(p.getProperty(key));
                while (m.find()) {
                    assertTrue(system.env(d, m.group(1)).isPresent(), s + " needs " + m.group(1) + " for " + key);
                }
            }
        }
    }

    @Test
    void imagesAreTheOnesJibBuildsAndEveryServiceSurvivesADrain() throws IOException {
        for (String s : SERVICES) {
            Properties p = KubernetesSystem.properties(s);
            String image = p.getProperty("quarkus.container-image.group") + "/"
                    + p.getProperty("quarkus.container-image.name");
            Deployment d = system.named(Deployment.class, s + "-service");
            assertEquals(image, container(d).getImage().split(":")[0], s);
            Image tag = system.kustomization().getImages().stream()
                    .filter(i -> i.getName().equals(image))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("kustomization sets no tag for " + image));
            assertEquals(p.getProperty("quarkus.container-image.tag"), tag.getNewTag(), s);

            assertTrue(d.getSpec().getReplicas() >= 2, s);
            var podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(podLabels
                    .entrySet()
                    .containsAll(d.getSpec().getSelector().getMatchLabels().entrySet()));
            PodDisruptionBudget pdb = system.named(PodDisruptionBudget.class, s + "-service");
            assertTrue(podLabels
                    .entrySet()
                    .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
            assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < d.getSpec().getReplicas(), "a drain can go on");
            HorizontalPodAutoscaler hpa = system.named(HorizontalPodAutoscaler.class, s + "-service");
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(
                    d.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2);
            assertEquals(
                    List.of("cpu"),
                    hpa.getSpec().getMetrics().stream()
                            .map(m -> m.getResource().getName())
                            .toList());
        }
    }

    @Test
    void eachSchemaIsMigratedOnceByAJobThePodsWaitFor() {
        for (String s : SERVICES) {
            Deployment d = system.named(Deployment.class, s + "-service");
            var pod = d.getSpec().getTemplate().getSpec();
            Job job = system.named(Job.class, s + "-service-flyway-init");
            assertEquals(
                    List.of("job", job.getMetadata().getName()),
                    pod.getInitContainers().get(0).getArgs());
            assertEquals(
                    "false", system.env(d, "QUARKUS_FLYWAY_MIGRATE_AT_START").orElseThrow(), s);
            Container app = container(d);
            Container init =
                    job.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals(app.getImage(), init.getImage());
            assertEquals(app.getEnvFrom(), init.getEnvFrom());
            assertEquals(app.getVolumeMounts(), init.getVolumeMounts());
            assertEquals(
                    job.getSpec().getTemplate().getSpec().getVolumes(), pod.getVolumes(), s + ": the same volumes");
            var appEnv = new java.util.ArrayList<>(app.getEnv());
            appEnv.removeIf(e -> e.getName().equals("QUARKUS_FLYWAY_MIGRATE_AT_START"));
            var initEnv = new java.util.ArrayList<>(init.getEnv());
            assertTrue(
                    initEnv.removeIf(e -> e.getName().equals("QUARKUS_INIT_AND_EXIT") && "true".equals(e.getValue())));
            assertEquals(appEnv, initEnv, s + ": the Job runs with the service's own settings");
            // The init container reads the Job with the pod's service account.
            String account = pod.getServiceAccountName();
            system.named(ServiceAccount.class, account);
            RoleBinding binding = system.all(RoleBinding.class).stream()
                    .filter(b ->
                            b.getSubjects().stream().anyMatch(x -> x.getName().equals(account)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("nothing binds " + account));
            Role role = system.named(Role.class, binding.getRoleRef().getName());
            assertTrue(role.getRules().stream()
                    .anyMatch(r -> r.getApiGroups().contains("batch")
                            && r.getResources().contains("jobs")
                            && r.getVerbs().contains("get")));
        }
    }
}
