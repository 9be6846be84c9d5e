package dk.samskab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dk.samskab.architecture.KubernetesManifests.Document;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deployment/kubernetes are objects the Kubernetes API accepts, and
 * they give the application what it needs: a data grid whose members find each other, rolling
 * updates that never leave the site short of nodes, no secrets in git, and settings the
 * application actually reads.
 */
class KubernetesManifestsTest {

    private static final List<Document> DOCUMENTS = load();

    private static List<Document> load() {
        try {
            return KubernetesManifests.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of a type, each checked. */
    private static <T> List<T> all(Class<T> type) {
        return DOCUMENTS.stream().map(KubernetesManifests::check).filter(type::isInstance).map(type::cast).toList();
    }

    /** The one object of a type; its name need not be known. */
    private static <T> T only(Class<T> type) {
        List<T> objects = all(type);
        assertEquals(1, objects.size(), "one " + type.getSimpleName() + " in " + KubernetesManifests.FOLDER);
        return objects.get(0);
    }

    private static V1Container container(V1Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    @Test
    void everyDocumentIsAValidKubernetesObject() {
        assertFalse(DOCUMENTS.isEmpty(), "manifests in " + KubernetesManifests.FOLDER);
        List<String> problems = new ArrayList<>();
        for (Document document : DOCUMENTS) {
            try {
                assertNotNull(KubernetesManifests.check(document));
            } catch (IllegalArgumentException refused) {
                problems.add(refused.getMessage());
            }
        }
        assertEquals(List.of(), problems, "documents the Kubernetes API would refuse");
    }

    @Test
    void theCheckerRefusesABrokenManifest() {
        Document deployment = DOCUMENTS.stream().filter(d -> d.kind().equals("Deployment")).findFirst().orElseThrow();
        KubernetesManifests.check(deployment);
        JsonObject misspelt = deployment.json().deepCopy();
        JsonObject container = misspelt.getAsJsonObject("spec").getAsJsonObject("template").getAsJsonObject("spec")
                .getAsJsonArray("containers").get(0).getAsJsonObject();
        container.add("portz", container.remove("ports"));
        assertRefused(new Document("misspelt.yaml", misspelt), "portz");

        JsonObject wordy = deployment.json().deepCopy();
        wordy.getAsJsonObject("spec").addProperty("replicas", "three");
        assertRefused(new Document("wordy.yaml", wordy), "three");

        Document unquoted = KubernetesManifests.read("unquoted.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {SAMSKAB_DB_PORT: 3306}\n").get(0);
        assertRefused(unquoted, "data.SAMSKAB_DB_PORT");
    }

    private static void assertRefused(Document document, String fault) {
        String message = assertThrows(IllegalArgumentException.class, () -> KubernetesManifests.check(document)).getMessage();
        assertTrue(message.startsWith(document.describe()) && message.contains(fault), message);
    }

    @Test
    void theDataGridFindsItsPeers() {
        V1Deployment deployment = only(V1Deployment.class);
        V1Container container = container(deployment);
        Matcher clusterMode = Pattern.compile("--clustermode \"?kubernetes:\\$POD_NAMESPACE,([a-z0-9-]+)\"?")
                .matcher(String.join(" ", container.getCommand()));
        assertTrue(clusterMode.find(), "the command sets --clustermode kubernetes:$POD_NAMESPACE,<service>");
        assertTrue(container.getEnv().stream().anyMatch(env -> env.getName().equals("POD_NAMESPACE")
                && env.getValueFrom().getFieldRef().getFieldPath().equals("metadata.namespace")), "POD_NAMESPACE from the pod");

        V1Service members = all(V1Service.class).stream()
                .filter(service -> service.getMetadata().getName().equals(clusterMode.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + clusterMode.group(1) + " named by --clustermode"));
        assertEquals("None", members.getSpec().getClusterIP(), "the members' Service is headless");
        assertEquals(Boolean.TRUE, members.getSpec().getPublishNotReadyAddresses(), "starting members are listed");
        assertSelects(members.getSpec().getSelector(), deployment);
        assertEquals(List.of(6900), members.getSpec().getPorts().stream().map(V1ServicePort::getPort).toList());
        assertTrue(container.getPorts().stream().map(V1ContainerPort::getContainerPort).anyMatch(p -> p == 6900));

        String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
        assertTrue(all(V1ServiceAccount.class).stream().anyMatch(a -> a.getMetadata().getName().equals(account)), account);
        V1Role role = all(V1Role.class).stream().filter(r -> r.getRules().stream().anyMatch(rule ->
                rule.getApiGroups().contains("") && rule.getResources().containsAll(List.of("endpoints", "pods"))
                        && rule.getVerbs().containsAll(List.of("get", "list")))).findFirst()
                .orElseThrow(() -> new AssertionError("no Role lets the data grid read endpoints and pods"));
        assertTrue(all(V1RoleBinding.class).stream().anyMatch(binding -> binding.getRoleRef().getKind().equals("Role")
                && binding.getRoleRef().getName().equals(role.getMetadata().getName())
                && binding.getSubjects().stream().anyMatch(s -> s.getKind().equals("ServiceAccount") && s.getName().equals(account))),
                role.getMetadata().getName() + " is bound to " + account);
    }

    private static void assertSelects(Map<String, String> selector, V1Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet()),
                selector + " selects the pods labelled " + labels);
    }

    @Test
    void rollingUpdatesKeepEveryNodeServing() {
        V1Deployment deployment = only(V1Deployment.class);
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntValue(),
                "maxUnavailable: a node stops only once its replacement is ready");
        V1Container container = container(deployment);
        assertEquals("/health/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/health/live", container.getLivenessProbe().getHttpGet().getPath());
        Matcher sleep = Pattern.compile("sleep (\\d+)")
                .matcher(String.join(" ", container.getLifecycle().getPreStop().getExec().getCommand()));
        assertTrue(sleep.find(), "the preStop hook pauses while the endpoints are updated");
        assertTrue(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds() > Long.parseLong(sleep.group(1)),
                "Payara Micro gets time to stop after the preStop pause");

        V1PodDisruptionBudget budget = only(V1PodDisruptionBudget.class);
        int minAvailable = budget.getSpec().getMinAvailable().getIntValue();
        assertTrue(minAvailable >= 2 && minAvailable < deployment.getSpec().getReplicas(), "minAvailable " + minAvailable);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), budget.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void noSecretsInTheManifests() {
        assertEquals(List.of(), DOCUMENTS.stream().filter(d -> d.kind().equals("Secret")).map(Document::describe).toList());
        List<V1EnvVar> credentials = container(only(V1Deployment.class)).getEnv().stream()
                .filter(env -> env.getName().contains("PASSWORD") || env.getName().contains("USER")).toList();
        assertFalse(credentials.isEmpty(), "the database credentials are passed in");
        for (V1EnvVar env : credentials) {
            assertTrue(env.getValue() == null && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null,
                    env.getName() + " comes from a Secret");
        }
        assertEquals(List.of(), only(V1ConfigMap.class).getData().keySet().stream()
                .filter(key -> key.matches(".*(PASSWORD|USER|SECRET|TOKEN).*")).toList(), "credentials in the ConfigMap");
    }

    @Test
    void theSettingsAreOnesTheApplicationReads() throws IOException {
        // MicroProfile Config finds samskab.db.host in the environment as SAMSKAB_DB_HOST.
        Set<String> read = new HashSet<>();
        Pattern property = Pattern.compile("samskab(\\.[a-z0-9-]+)+");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|properties|xml)")).toList()) {
                property.matcher(Files.readString(file)).results().map(MatchResult::group)
                        .forEach(name -> read.add(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")));
            }
        }
        Map<String, String> settings = only(V1ConfigMap.class).getData();
        assertEquals(List.of(), settings.keySet().stream().filter(key -> !key.equals("JAVA_OPTS") && !read.contains(key))
                .sorted().toList(), "settings the application does not read");
        assertTrue(String.join(" ", container(only(V1Deployment.class)).getCommand()).contains("java $JAVA_OPTS "),
                "JAVA_OPTS reaches the JVM");
        // AuditLog compares the remote address with each entry as it stands: a CIDR range never matches.
        for (String proxy : settings.getOrDefault("SAMSKAB_TRUSTED_PROXIES", "").split("\\s*,\\s*")) {
            assertTrue(proxy.isEmpty() || proxy.matches("[0-9a-fA-F.:]+"), "a single address, not " + proxy);
        }
    }
}
