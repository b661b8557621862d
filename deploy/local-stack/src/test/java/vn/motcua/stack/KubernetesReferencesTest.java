package vn.motcua.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.stack.KubernetesSystem.container;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-references in deploy/kubernetes that a cluster would only reveal by failing: Secrets and their keys,
 * ConfigMaps, labels and selectors, named ports, Ingress back-ends and the network policies' peers.
 */
class KubernetesReferencesTest {
    static KubernetesSystem system;

    @BeforeAll
    static void load() throws IOException {
        system = KubernetesSystem.load();
    }

    @Test
    void everySecretAndKeyAPodOrAnOperatorReadsWillExist() {
        Map<String, Set<String>> secrets = system.secretKeys();
        for (Deployment d : system.all(Deployment.class)) {
            for (EnvVar e : container(d).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    assertKey(
                            secrets,
                            e.getValueFrom().getSecretKeyRef(),
                            d.getMetadata().getName() + " " + e.getName());
                }
            }
            container(d).getEnvFrom().forEach(f -> {
                assertTrue(f.getSecretRef() == null, "envFrom a Secret hides which keys are needed");
                system.named(ConfigMap.class, f.getConfigMapRef().getName());
            });
            for (Volume v : d.getSpec().getTemplate().getSpec().getVolumes()) {
                v.getSecret()
                        .getItems()
                        .forEach(i -> assertTrue(
                                secrets.getOrDefault(v.getSecret().getSecretName(), Set.of())
                                        .contains(i.getKey()),
                                d.getMetadata().getName() + " mounts "
                                        + v.getSecret().getSecretName() + "/" + i.getKey()));
            }
        }
        system.all(OperatorModels.User.class)
                .forEach(u -> assertKey(secrets, u.spec().passwordSecretKeyRef(), "user"));
        system.all(OperatorModels.Keycloak.class).forEach(k -> {
            assertKey(secrets, k.spec().db().usernameSecret(), "keycloak db user");
            assertKey(secrets, k.spec().db().passwordSecret(), "keycloak db password");
            assertTrue(
                    secrets.get(k.spec().bootstrapAdmin().user().secret()).containsAll(Set.of("username", "password")));
            assertTrue(secrets.get(k.spec().http().tlsSecret()).containsAll(Set.of("tls.crt", "tls.key")));
        });
        system.all(Ingress.class)
                .forEach(i -> i.getSpec()
                        .getTls()
                        .forEach(t -> assertTrue(
                                secrets.getOrDefault(t.getSecretName(), Set.of())
                                        .containsAll(Set.of("tls.crt", "tls.key")),
                                t.getSecretName())));
    }

    static void assertKey(Map<String, Set<String>> secrets, SecretKeySelector ref, String who) {
        assertTrue(
                secrets.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey()),
                who + " reads " + ref.getName() + "/" + ref.getKey() + ", which nothing creates");
    }

    @Test
    void servicesAndIngressReachPodsByLabelsAndNamedPorts() {
        for (Service s : system.all(Service.class)) {
            List<Deployment> pods = selected(s.getSpec().getSelector());
            assertEquals(1, pods.size(), s.getMetadata().getName() + " selects one Deployment");
            for (ServicePort p : s.getSpec().getPorts()) {
                KubernetesManifestsTest.port(
                        container(pods.get(0)), p.getTargetPort().getStrVal());
            }
        }
        for (Ingress i : system.all(Ingress.class)) {
            i.getSpec()
                    .getRules()
                    .forEach(r -> r.getHttp().getPaths().forEach(path -> {
                        var backend = path.getBackend().getService();
                        Service s = system.named(Service.class, backend.getName());
                        assertTrue(s.getSpec().getPorts().stream()
                                .anyMatch(p ->
                                        p.getName().equals(backend.getPort().getName())));
                    }));
        }
        ConfigMap endpoints = system.named(ConfigMap.class, "motcua-endpoints");
        Set<String> hosts = Set.of(
                host(endpoints.getData().get("WEB_URL")),
                host(endpoints.getData().get("TRACKING_PUBLIC_URL")));
        Ingress ingress = system.named(Ingress.class, "motcua");
        assertEquals(
                hosts,
                Set.copyOf(ingress.getSpec().getRules().stream()
                        .map(r -> r.getHost())
                        .toList()));
    }

    static String host(String url) {
        return java.net.URI.create(url).getHost();
    }

    List<Deployment> selected(Map<String, String> selector) {
        return system.all(Deployment.class).stream()
                .filter(d -> d.getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getLabels()
                        .entrySet()
                        .containsAll(selector.entrySet()))
                .toList();
    }

    @Test
    void networkPoliciesNameRealPodsAndPortsAndDenyTheRest() {
        NetworkPolicy deny = system.named(NetworkPolicy.class, "default-deny-ingress");
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
        assertTrue(deny.getSpec().getIngress().isEmpty());
        for (NetworkPolicy p : system.all(NetworkPolicy.class)) {
            List<Deployment> targets = ourPods(p.getSpec().getPodSelector());
            for (var rule : p.getSpec().getIngress()) {
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                        LabelSelector s = peer.getPodSelector();
                        boolean operatorPods = s.getMatchLabels().containsKey("app.kubernetes.io/instance");
                        assertTrue(
                                operatorPods
                                        || s.getMatchLabels().isEmpty()
                                        || !ourPods(s).isEmpty(),
                                p + "");
                    }
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    IntOrString named = port.getPort();
                    if (named.getStrVal() != null) {
                        assertFalse(targets.isEmpty(), p.getMetadata().getName() + " names a port of no pod of ours");
                        targets.forEach(d -> KubernetesManifestsTest.port(container(d), named.getStrVal()));
                    }
                }
            }
        }
        for (String s : KubernetesSystem.SERVICES) {
            assertTrue(system.find(NetworkPolicy.class, s + "-service").isPresent(), s);
        }
    }

    /** The Deployments a selector picks, by its labels and its "name In (…)" expressions. */
    List<Deployment> ourPods(LabelSelector s) {
        return system.all(Deployment.class).stream()
                .filter(d -> {
                    Map<String, String> labels =
                            d.getSpec().getTemplate().getMetadata().getLabels();
                    boolean byLabels =
                            labels.entrySet().containsAll(s.getMatchLabels().entrySet());
                    boolean byExpressions = s.getMatchExpressions().stream()
                            .allMatch(e -> e.getOperator().equals("In")
                                    && e.getValues().contains(labels.get(e.getKey())));
                    return byLabels
                            && byExpressions
                            && !(s.getMatchLabels().isEmpty()
                                    && s.getMatchExpressions().isEmpty());
                })
                .toList();
    }
}
