package org.techmarket.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests, generated at package (target/kubernetes) and hand-written (deploy/kubernetes),
 * read as Kubernetes objects and held against the app's own configuration: application.properties, its
 * config mappings and the config keys of its Quarkus extensions. Runs after package (maven-failsafe-plugin).
 */
class ManifestsIT {

    static final Path GENERATED = Path.of("target/kubernetes/kubernetes.yml");
    static final Path HAND_WRITTEN = Path.of("deploy/kubernetes");
    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    static final Path APP_CLASSES = Path.of("target/classes");
    /** Variables the Deployment may set that are read by something other than the app's configuration. */
    static final Map<String, String> READ_OUTSIDE_THE_APP = Map.of(
            "JAVA_MAX_MEM_RATIO", "the base image's run-java.sh (heap size from the memory limit)",
            "KUBERNETES_NAMESPACE", "quarkus-kubernetes sets it on every Deployment");
    /** CloudNativePG names a cluster's application Secret, and its services, after the cluster. */
    static final String CNPG_APP_SECRET_SUFFIX = "-app";
    static final String CNPG_PRIMARY_SERVICE_SUFFIX = "-rw";
    static final int POSTGRES_PORT = 5432;

    static Properties properties;
    static List<HasMetadata> generated;
    static Map<Path, List<HasMetadata>> handWritten;
    static Deployment deployment;
    static Container container;
    static Service service;

    @BeforeAll
    static void readManifestsAndConfiguration() throws IOException {
        assertTrue(Files.isRegularFile(GENERATED), GENERATED + " is written by `./mvnw package`");
        properties = new Properties();
        try (Reader in = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(in);
        }
        generated = objectsIn(GENERATED);
        handWritten = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(HAND_WRITTEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    handWritten.put(file, objectsIn(file));
                }
            }
        }
        deployment = only(generated, Deployment.class);
        service = only(generated, Service.class);
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "the Deployment runs one container");
        container = containers.get(0);
    }

    @Test
    void everyManifestIsAKubernetesObjectWithAKindAndAName() {
        assertFalse(handWritten.isEmpty(), "deploy/kubernetes holds manifests");
        handWritten.forEach((file, objects) -> assertFalse(objects.isEmpty(), file + " holds no object"));
        Stream.concat(generated.stream(), handWritten.values().stream().flatMap(List::stream)).forEach(o -> {
            assertNotNull(o.getApiVersion(), o + " has no apiVersion");
            assertNotNull(o.getKind(), o + " has no kind");
            assertNotNull(o.getMetadata().getName(), o.getKind() + " has no name");
        });
    }

    @Test
    void theKustomizationNamesEveryHandWrittenManifestButTheSecretPlaceholders() throws IOException {
        JsonNode kustomization = new YAMLMapper().readTree(HAND_WRITTEN.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> expected = new TreeSet<>();
        handWritten.keySet().forEach(f -> expected.add(f.getFileName().toString()));
        expected.remove("secret.yaml");
        assertEquals(expected, listed);
    }

    @Test
    void theDeploymentRunsAtLeastTwoReplicasOfTheAppOnItsHttpPort() {
        assertTrue(deployment.getSpec().getReplicas() >= 2, "replicas: " + deployment.getSpec().getReplicas());
        assertEquals(httpPort(), containerPort("http"));
        assertTrue(labelsMatch(deployment.getSpec().getSelector().getMatchLabels(), podLabels()),
                "the Deployment's selector matches its pods");
    }

    @Test
    void theServiceSendsItsTrafficToTheContainersHttpPort() {
        assertTrue(labelsMatch(service.getSpec().getSelector(), podLabels()), "the Service selects the app's pods");
        ServicePort http = servicePort("http");
        assertEquals(httpPort(), resolve(http.getTargetPort()));
    }

    @Test
    void theProbesAskTheAppsHealthEndpoints() throws ClassNotFoundException {
        Class.forName("io.smallrye.health.SmallRyeHealthReporter"); // the app has quarkus-smallrye-health
        String root = "/" + property("quarkus.http.non-application-root-path", "q") + "/"
                + property("quarkus.smallrye-health.root-path", "health") + "/";
        assertProbe(container.getReadinessProbe(), root + property("quarkus.smallrye-health.readiness-path", "ready"));
        assertProbe(container.getLivenessProbe(), root + property("quarkus.smallrye-health.liveness-path", "live"));
        assertProbe(container.getStartupProbe(), root + property("quarkus.smallrye-health.startup-path", "started"));
    }

    @Test
    void theContainerRequestsAndIsLimitedInCpuAndMemory() {
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(requests.get(resource), "no " + resource + " request");
            assertNotNull(limits.get(resource), "no " + resource + " limit");
            assertTrue(requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) <= 0,
                    resource + " request above its limit");
        }
    }

    @Test
    void thePodRunsAsTheImagesNonRootUser() {
        var context = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
        assertEquals(Boolean.TRUE, context.getRunAsNonRoot());
        assertEquals(Long.valueOf(property("quarkus.jib.user", null)), context.getRunAsUser());
    }

    @Test
    void everyVariableTheDeploymentSetsIsOneTheAppReads() throws Exception {
        Set<String> read = variablesTheAppReads();
        List<String> unread = new ArrayList<>();
        for (EnvVar env : container.getEnv()) {
            if (!read.contains(env.getName()) && !READ_OUTSIDE_THE_APP.containsKey(env.getName())) {
                unread.add(env.getName());
            }
        }
        assertEquals(List.of(), unread, "variables set by the Deployment that the app does not read");
    }

    @Test
    void theSessionKeyComesFromTheSecretInSecretYamlUnderTheSameKey() {
        Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)")
                .matcher(property("quarkus.http.auth.session.encryption-key", ""));
        assertTrue(variable.find(), "the prod session key is read from a variable");
        SecretKeySelector ref = secretRef(variable.group(1));
        Secret secret = handWrittenObjects(Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals(ref.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("secret.yaml has no Secret " + ref.getName()));
        assertTrue(secretKeys(secret).contains(ref.getKey()), "Secret " + ref.getName() + " has no key " + ref.getKey());
    }

    @Test
    void eachReplicaIsNamedAfterItsPod() {
        EnvVar instance = env("TECHMARKET_INSTANCE_ID");
        assertNotNull(instance.getValueFrom(), "TECHMARKET_INSTANCE_ID comes from the pod");
        assertEquals("metadata.name", instance.getValueFrom().getFieldRef().getFieldPath());
    }

    @Test
    void theDatabaseCredentialsComeFromTheClustersApplicationSecret() {
        String appSecret = cluster().getMetadata().getName() + CNPG_APP_SECRET_SUFFIX;
        for (String prefix : List.of("QUARKUS_DATASOURCE_", "QUARKUS_FLYWAY_")) {
            assertEquals(appSecret, secretRef(prefix + "USERNAME").getName());
            assertEquals("username", secretRef(prefix + "USERNAME").getKey());
            assertEquals(appSecret, secretRef(prefix + "PASSWORD").getName());
            assertEquals("password", secretRef(prefix + "PASSWORD").getKey());
        }
    }

    @Test
    void theAppQueriesThroughThePoolerAndMigratesOnThePrimaryDirectly() {
        String database = cluster().get("spec", "bootstrap", "initdb", "database");
        URI queries = jdbcUrl("QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals(pooler().getMetadata().getName(), queries.getHost(), "queries go to the Pooler's service");
        assertEquals(POSTGRES_PORT, queries.getPort());
        assertEquals("/" + database, queries.getPath());
        // Flyway's lock is a session advisory lock, which transaction pooling would hand to another client
        URI migrations = jdbcUrl("QUARKUS_FLYWAY_JDBC_URL");
        assertEquals(cluster().getMetadata().getName() + CNPG_PRIMARY_SERVICE_SUFFIX, migrations.getHost(),
                "migrations go to the primary's service");
        assertEquals(POSTGRES_PORT, migrations.getPort());
        assertEquals("/" + database, migrations.getPath());
    }

    @Test
    void thePoolerPoolsTransactionsOnTheClustersPrimary() {
        GenericKubernetesResource pooler = pooler();
        assertEquals(cluster().getMetadata().getName(), pooler.get("spec", "cluster", "name"));
        assertEquals("rw", pooler.get("spec", "type"));
        assertEquals("transaction", pooler.get("spec", "pgbouncer", "poolMode"));
        assertTrue(((Number) pooler.get("spec", "instances")).intValue() >= 2, "the Pooler runs at least two PgBouncers");
    }

    @Test
    void theClusterHasAPrimaryTwoReplicasAndAContinuousBackup() {
        GenericKubernetesResource cluster = cluster();
        assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue());
        assertNotNull(cluster.get("spec", "bootstrap", "initdb", "owner"));
        String destination = cluster.get("spec", "backup", "barmanObjectStore", "destinationPath");
        assertTrue(destination != null && destination.startsWith("s3://"), "backup destination: " + destination);
        assertNotNull(cluster.get("spec", "backup", "retentionPolicy"));
        Map<String, Object> keyId = cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId");
        Secret credentials = handWrittenObjects(Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals(keyId.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("secret.yaml has no Secret " + keyId.get("name")));
        assertTrue(secretKeys(credentials).contains((String) keyId.get("key")));
    }

    @Test
    void theIngressRoutesToTheServicesHttpPort() {
        Ingress ingress = onlyHandWritten(Ingress.class);
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().stream().map(IngressRule::getHttp)
                .flatMap(h -> h.getPaths().stream()).toList();
        assertFalse(paths.isEmpty(), "the Ingress has paths");
        for (HTTPIngressPath path : paths) {
            var backend = path.getBackend().getService();
            assertEquals(service.getMetadata().getName(), backend.getName());
            ServicePort port = backend.getPort().getName() != null ? servicePort(backend.getPort().getName())
                    : service.getSpec().getPorts().stream().filter(p -> p.getPort().equals(backend.getPort().getNumber()))
                            .findFirst().orElseThrow(() -> new AssertionError("no Service port " + backend.getPort()));
            assertEquals(httpPort(), resolve(port.getTargetPort()));
        }
    }

    @Test
    void theAutoscalerScalesTheDeploymentFromTwoReplicas() {
        HorizontalPodAutoscaler hpa = onlyHandWritten(HorizontalPodAutoscaler.class);
        assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "minReplicas: " + hpa.getSpec().getMinReplicas());
        assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());
    }

    @Test
    void theDisruptionBudgetKeepsAReplicaOfTheDeploymentServing() {
        PodDisruptionBudget pdb = onlyHandWritten(PodDisruptionBudget.class);
        assertTrue(labelsMatch(pdb.getSpec().getSelector().getMatchLabels(), podLabels()), "the budget selects the app's pods");
        int minAvailable = pdb.getSpec().getMinAvailable().getIntVal();
        assertTrue(minAvailable >= 1 && minAvailable < deployment.getSpec().getReplicas(),
                "minAvailable " + minAvailable + " of " + deployment.getSpec().getReplicas() + " replicas");
    }

    // What the app reads: ${VARIABLE}s in application.properties, and the variable form of its own keys,
    // of its @ConfigMapping interfaces and of the config keys of its Quarkus extensions.
    static Set<String> variablesTheAppReads() throws Exception {
        Set<String> keys = new HashSet<>();
        Set<String> variables = new HashSet<>();
        Pattern reference = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");
        for (String key : properties.stringPropertyNames()) {
            keys.add(key.replaceFirst("^%[^.]+\\.", ""));
            Matcher m = reference.matcher(properties.getProperty(key));
            while (m.find()) {
                variables.add(m.group(1));
            }
        }
        keys.addAll(configMappingKeys());
        keys.addAll(extensionConfigKeys());
        keys.forEach(k -> variables.add(k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        return variables;
    }

    static Set<String> configMappingKeys() throws IOException, ClassNotFoundException {
        Set<String> keys = new HashSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(APP_CLASSES)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String name = APP_CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
            Class<?> type = Class.forName(name, false, ManifestsIT.class.getClassLoader());
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                addMappingKeys(mapping.prefix(), type, keys);
            }
        }
        return keys;
    }

    static void addMappingKeys(String prefix, Class<?> type, Set<String> keys) {
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String key = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (method.isAnnotationPresent(WithName.class) ? method.getAnnotation(WithName.class).value()
                            : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
            Class<?> value = method.getReturnType();
            if (value.isInterface() && value.getName().startsWith("org.techmarket.")) {
                addMappingKeys(key, value, keys);
            } else {
                keys.add(key);
            }
        }
    }

    static Set<String> extensionConfigKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        Enumeration<URL> models = ManifestsIT.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        for (URL model : Collections.list(models)) {
            try (InputStream in = model.openStream()) {
                json.readTree(in).findValues("path").forEach(path -> {
                    if (path.hasNonNull("property")) {
                        keys.add(path.get("property").asText());
                    }
                });
            }
        }
        assertFalse(keys.isEmpty(), "the Quarkus extensions' config models are on the class path");
        return keys;
    }

    static List<HasMetadata> objectsIn(Path file) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        // One document at a time: each must be a Kubernetes object of its own
        for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
            if (document.lines().anyMatch(l -> !l.isBlank() && !l.stripLeading().startsWith("#"))) {
                Object parsed = new KubernetesSerialization().unmarshal(document);
                if (!(parsed instanceof HasMetadata object)) {
                    throw new AssertionError(file + " holds a document that is not a Kubernetes object: " + parsed);
                }
                objects.add(object);
            }
        }
        return objects;
    }

    static <T extends HasMetadata> T only(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " expected");
        return found.get(0);
    }

    static <T extends HasMetadata> List<T> handWrittenObjects(Class<T> type) {
        return handWritten.values().stream().flatMap(List::stream).filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T onlyHandWritten(Class<T> type) {
        return only(handWritten.values().stream().flatMap(List::stream).toList(), type);
    }

    static GenericKubernetesResource customResource(String kind) {
        List<GenericKubernetesResource> found = handWrittenObjects(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals(kind) && r.getApiVersion().startsWith("postgresql.cnpg.io/")).toList();
        assertEquals(1, found.size(), "one CloudNativePG " + kind + " expected");
        return found.get(0);
    }

    static GenericKubernetesResource cluster() {
        return customResource("Cluster");
    }

    static GenericKubernetesResource pooler() {
        return customResource("Pooler");
    }

    static String property(String key, String fallback) {
        return properties.getProperty("%prod." + key, properties.getProperty(key, fallback));
    }

    static int httpPort() {
        return Integer.parseInt(property("quarkus.http.port", "8080"));
    }

    static Map<String, String> podLabels() {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    static boolean labelsMatch(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    static int containerPort(String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("the container has no port " + name)).getContainerPort();
    }

    /** The container port a Service or probe port names: it must be one the container declares. */
    static int resolve(IntOrString port) {
        if (port.getStrVal() != null) {
            return containerPort(port.getStrVal());
        }
        assertTrue(container.getPorts().stream().anyMatch(p -> p.getContainerPort().equals(port.getIntVal())),
                "the container declares no port " + port.getIntVal());
        return port.getIntVal();
    }

    static ServicePort servicePort(String name) {
        return service.getSpec().getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("the Service has no port " + name));
    }

    static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "no probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(httpPort(), resolve(probe.getHttpGet().getPort()));
    }

    static EnvVar env(String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the Deployment does not set " + name));
    }

    static SecretKeySelector secretRef(String name) {
        EnvVar env = env(name);
        if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
            fail(name + " does not come from a Secret");
        }
        return env.getValueFrom().getSecretKeyRef();
    }

    static Set<String> secretKeys(Secret secret) {
        Set<String> keys = new HashSet<>();
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        if (secret.getStringData() != null) {
            keys.addAll(secret.getStringData().keySet());
        }
        return keys;
    }

    static URI jdbcUrl(String name) {
        String url = env(name).getValue();
        assertTrue(url != null && url.startsWith("jdbc:postgresql://"), name + ": " + url);
        return URI.create(url.substring("jdbc:".length()));
    }
}
