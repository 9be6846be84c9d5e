package dk.samskab.architecture;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The documents of the Kubernetes manifests, checked against the Kubernetes API's model classes
 * (generated from the API's OpenAPI description): unknown fields, missing required fields and
 * values of the wrong type are refused, as the API server refuses them.
 */
final class KubernetesManifests {

    static final Path FOLDER = Path.of("deployment/kubernetes");

    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1 ServiceAccount", V1ServiceAccount.class,
            "v1 ConfigMap", V1ConfigMap.class,
            "v1 Service", V1Service.class,
            "apps/v1 Deployment", V1Deployment.class,
            "rbac.authorization.k8s.io/v1 Role", V1Role.class,
            "rbac.authorization.k8s.io/v1 RoleBinding", V1RoleBinding.class,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class);

    /** Maps the API takes as strings only; the model classes would quietly turn 3306 into "3306". */
    private static final Set<String> STRING_MAPS = Set.of("data", "labels", "annotations", "matchLabels");

    /** One document of a manifest file, in its JSON form. */
    record Document(String file, JsonObject json) {
        String kind() {
            return json.has("kind") ? json.get("kind").getAsString() : "?";
        }

        String describe() {
            JsonObject metadata = json.getAsJsonObject("metadata");
            String name = metadata != null && metadata.has("name") ? metadata.get("name").getAsString() : "?";
            return file + " " + kind() + "/" + name;
        }
    }

    private KubernetesManifests() {
    }

    /** Every document of every YAML file in the folder. */
    static List<Document> load() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(read(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return documents;
    }

    static List<Document> read(String file, String yaml) {
        Load load = new Load(LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).build());
        List<Document> documents = new ArrayList<>();
        for (Object document : load.loadAllFromString(yaml)) {
            if (document != null) {
                documents.add(new Document(file, new Gson().toJsonTree(document).getAsJsonObject()));
            }
        }
        return documents;
    }

    /** The document as its model object; refused with the file, the document and the fault. */
    static Object check(Document document) {
        String type = (document.json().has("apiVersion") ? document.json().get("apiVersion").getAsString() : "?")
                + " " + document.kind();
        Class<?> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException(document.describe() + ": no Kubernetes model for " + type);
        }
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, document.json());
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(document.describe() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " has no validateJsonElement", e);
        }
        stringsOnly(document.json(), document);
        try {
            return JSON.getGson().fromJson(document.json(), model);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(document.describe() + ": " + e, e);
        }
    }

    private static void stringsOnly(JsonElement element, Document document) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> stringsOnly(item, document));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                if (STRING_MAPS.contains(member.getKey()) && member.getValue().isJsonObject()) {
                    member.getValue().getAsJsonObject().entrySet().stream()
                            .filter(entry -> !entry.getValue().isJsonPrimitive() || !entry.getValue().getAsJsonPrimitive().isString())
                            .findFirst().ifPresent(entry -> {
                                throw new IllegalArgumentException(document.describe() + ": " + member.getKey() + "."
                                        + entry.getKey() + " must be a string (quote " + entry.getValue() + ")");
                            });
                }
                stringsOnly(member.getValue(), document);
            }
        }
    }
}
