package nl.schoolboard.sexting.deployment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * Reads rendered manifests into the Kubernetes API's own models (the official Java client's, generated from the
 * API server's OpenAPI schema). Reading validates each object against that schema: a field the API does not know
 * (a typo such as {@code livenesProbe}, or one at the wrong level), a required field left out (a container without
 * a name, a Service port without a port) and a value of the wrong type (a list where an object belongs) all fail,
 * naming the field, where the API server would have refused the object or silently dropped the field.
 * Enumerated values (a misspelt {@code pathType}) are left to the API server.
 */
final class KubernetesSchema {

    /** The kinds this system deploys; another kind fails until it is listed here with its model. */
    private static final Map<String, Class<? extends KubernetesObject>> MODELS = Map.of(
            "v1/Namespace", V1Namespace.class,
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "v1/PersistentVolumeClaim", V1PersistentVolumeClaim.class,
            "apps/v1/Deployment", V1Deployment.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", V1Ingress.class);

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON_WRITER = JsonMapper.builder().build();

    private KubernetesSchema() {
    }

    /** Every object of a multi-document YAML stream, each validated; the first invalid one fails the whole read. */
    static List<KubernetesObject> read(String yaml) {
        List<KubernetesObject> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    objects.add(validated(document));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    static KubernetesObject validated(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String name = type + " " + object.path("metadata").path("name").asText("(no name)");
        Class<? extends KubernetesObject> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException(name + ": a kind this check does not know; add its model to "
                    + "KubernetesSchema.MODELS");
        }
        try {
            return JSON.deserialize(JSON_WRITER.writeValueAsString(object), model);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + " does not match the Kubernetes API schema: " + e, e);
        }
    }
}
