package az.industry.infra.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Reads every document of deploy/kubernetes into its real typed model (fabric8's Kubernetes model, Strimzi's API
 * model) with unknown fields refused, so a misspelled or misplaced field fails here rather than in a cluster.
 */
class KubernetesModelsTest {

    static final Path KUBERNETES = repositoryRoot().resolve("deploy/kubernetes");

    /** apiVersion/kind of every resource the manifests may hold, and its model class. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class), Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class), Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class), Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    /** YAML into the models; the models keep unknown fields in a map (@JsonAnySetter): turned off, they fail. */
    static final ObjectMapper STRICT = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            });

    @Test
    void everyManifestReadsIntoItsTypedModel() throws IOException {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path file : manifests()) {
            for (JsonNode doc : documents(file)) {
                Class<?> model = modelOf(file, doc);
                try {
                    STRICT.treeToValue(doc, model);
                } catch (IOException e) {
                    throw new AssertionError(file.getFileName() + ": " + doc.at("/metadata/name").asText() + " is not a valid "
                            + model.getSimpleName() + ": " + e.getMessage(), e);
                }
                kinds.merge(doc.path("kind").asText(), 1, Integer::sum);
            }
        }
        System.out.println("[kubernetes] typed and strict: " + kinds);
        for (String kind : List.of("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Kafka",
                "KafkaNodePool", "KafkaTopic", "Ingress", "StatefulSet")) {
            assertTrue(kinds.containsKey(kind), "the manifests hold a " + kind + ": " + kinds);
        }
    }

    @Test
    void aMisspelledFieldAnywhereFails() throws IOException {
        JsonNode deployment = documents(KUBERNETES.resolve("investment-service.yaml")).stream()
                .filter(d -> "Deployment".equals(d.path("kind").asText())).findFirst().orElseThrow();
        String yaml = STRICT.writeValueAsString(deployment);
        assertEquals(Deployment.class, modelOf(KUBERNETES, deployment));
        for (String[] typo : new String[][] { {"containerPort:", "containerPrt:"}, {"readinessProbe:", "readynessProbe:"},
                {"replicas:", "replica:"}, {"matchLabels:", "matchLabel:"} }) {
            JsonNode misspelled = STRICT.readTree(yaml.replace(typo[0], typo[1]));
            assertThrows(IOException.class, () -> STRICT.treeToValue(misspelled, Deployment.class), typo[1] + " is refused");
        }
        JsonNode kafka = documents(KUBERNETES.resolve("kafka.yaml")).stream()
                .filter(d -> "Kafka".equals(d.path("kind").asText())).findFirst().orElseThrow();
        JsonNode misspelled = STRICT.readTree(STRICT.writeValueAsString(kafka).replace("listeners:", "listener:"));
        assertThrows(IOException.class, () -> STRICT.treeToValue(misspelled, Kafka.class), "a Strimzi typo is refused too");
    }

    private static Class<?> modelOf(Path file, JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<?> model = MODELS.get(key);
        if (model == null) {
            throw new AssertionError(file.getFileName() + ": no typed model known for " + key + " (add it to MODELS)");
        }
        return model;
    }

    /** The manifests kubectl applies: every YAML file but kustomize's own. */
    private static List<Path> manifests() throws IOException {
        try (var files = Files.list(KUBERNETES)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "the repository root above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLMapper().getFactory().createParser(file.toFile())) {
            var it = new YAMLMapper().readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }
}
