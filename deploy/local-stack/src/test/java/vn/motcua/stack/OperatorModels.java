package vn.motcua.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;
import java.util.Map;

/**
 * The resources of the two operators that publish no Java model (the mariadb-operator is written in Go, the
 * Keycloak operator's model is inside its Quarkus application), typed after their API references: the
 * mariadb-operator's docs/API_REFERENCE.md (k8s.mariadb.com/v1alpha1) and Keycloak's CRDs
 * (k8s.keycloak.org/v2alpha1). Only the fields our manifests may use are declared, so a misspelt or unexpected
 * field fails the parse (Jackson's FAIL_ON_UNKNOWN_PROPERTIES); nested Kubernetes types are fabric8's.
 */
final class OperatorModels {
    private OperatorModels() {}

    record Ref(String name) {}

    record SecretKeyRef(String name, String key, Boolean generate) {}

    record MariaDb(String apiVersion, String kind, ObjectMeta metadata, MariaDbSpec spec) {}

    record MariaDbSpec(
            String image,
            SecretKeyRef rootPasswordSecretKeyRef,
            int replicas,
            Galera galera,
            Storage storage,
            ServiceTemplate service,
            ServiceTemplate primaryService,
            String myCnf,
            ResourceRequirements resources,
            Metrics metrics) {}

    enum Sst {
        rsync,
        mariabackup,
        mysqldump
    }

    record Galera(boolean enabled, GaleraPrimary primary, Sst sst) {}

    record GaleraPrimary(Integer podIndex, Boolean automaticFailover) {}

    record Storage(Quantity size, String storageClassName) {}

    enum ServiceType {
        ClusterIP,
        NodePort,
        LoadBalancer
    }

    record ServiceTemplate(ServiceType type) {}

    record Metrics(boolean enabled) {}

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {}

    record DatabaseSpec(Ref mariaDbRef, String characterSet, String collate, String name) {}

    record User(String apiVersion, String kind, ObjectMeta metadata, UserSpec spec) {}

    record UserSpec(
            Ref mariaDbRef,
            SecretKeySelector passwordSecretKeyRef,
            Integer maxUserConnections,
            String name,
            String host) {
        String userName(ObjectMeta metadata) {
            return name != null ? name : metadata.getName();
        }
    }

    record Grant(String apiVersion, String kind, ObjectMeta metadata, GrantSpec spec) {}

    record GrantSpec(
            Ref mariaDbRef,
            List<String> privileges,
            String database,
            String table,
            String username,
            String host,
            Boolean grantOption) {}

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {}

    record KeycloakSpec(
            int instances,
            KeycloakDb db,
            KeycloakHttp http,
            KeycloakIngress ingress,
            KeycloakHostname hostname,
            KeycloakProxy proxy,
            BootstrapAdmin bootstrapAdmin,
            ResourceRequirements resources) {}

    enum DbVendor {
        postgres,
        mariadb,
        mysql,
        mssql,
        oracle
    }

    record KeycloakDb(
            DbVendor vendor,
            String host,
            Integer port,
            String database,
            SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret) {}

    record KeycloakHttp(String tlsSecret, Boolean httpEnabled) {}

    record KeycloakIngress(Boolean enabled, String className, Map<String, String> annotations) {}

    record KeycloakHostname(String hostname) {}

    enum ProxyHeaders {
        forwarded,
        xforwarded
    }

    record KeycloakProxy(ProxyHeaders headers) {}

    record BootstrapAdmin(BootstrapUser user) {}

    record BootstrapUser(String secret) {}

    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {}

    record RealmImportSpec(String keycloakCRName, JsonNode realm) {}
}
