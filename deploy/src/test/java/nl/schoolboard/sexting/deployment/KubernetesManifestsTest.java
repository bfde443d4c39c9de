package nl.schoolboard.sexting.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;

/**
 * The kustomize base and every overlay, rendered as {@code kubectl apply -k} would render them, read into the
 * Kubernetes API's models (so validated against its schema, see {@link KubernetesSchema}), and held to the rules
 * every deployment of the system keeps: two or more of each, both health groups probed, resources, non-root and
 * read-only, a disruption budget and a network policy per service that lets only the gateway in, secrets only by
 * reference.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("kubernetes");
    private static final Set<String> SERVICES = Set.of("case-service", "notification-service", "prevention-service");
    private static final String GATEWAY = "gateway";
    private static final String NAME = "app.kubernetes.io/name";
    /** Values that must come from a Secret: environment variables named like this are never written here. */
    private static final List<String> SECRET_NAME_ENDINGS = List.of("_KEY", "_KEK", "_PASSWORD", "_USERNAME",
            "_MONGODB_URI");

    private static final ContainerImage IMAGE = ContainerImage.fromDockerfile(Path.of("..", "Dockerfile"));
    private static final Map<String, List<KubernetesObject>> RENDERED = new ConcurrentHashMap<>();
    private static Kustomize kustomize;

    @BeforeAll
    static void kustomize() {
        kustomize = Kustomize.onThisMachine().orElse(null);
        if (kustomize == null && System.getenv("CI") != null) {
            fail("kubectl (1.27 or newer) or kustomize is needed to render the manifests; .ci/run installs it");
        }
        Assumptions.assumeTrue(kustomize != null,
                "skipped: no kubectl or kustomize on this machine to render deploy/kubernetes (CI has one)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void renders_into_objects_the_kubernetes_api_accepts_with_every_service_and_the_gateway(String kustomization) {
        List<KubernetesObject> objects = rendered(kustomization);

        assertThat(of(objects, V1Deployment.class).map(deployment -> deployment.getMetadata().getName()))
                .containsExactlyInAnyOrder("case-service", "notification-service", "prevention-service", GATEWAY);
        // the one way in from outside: HTTPS to the gateway
        assertThat(of(objects, V1Ingress.class)).singleElement().satisfies(ingress -> {
            assertThat(ingress.getSpec().getTls()).isNotEmpty();
            assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                    .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo(GATEWAY)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void every_deployment_runs_two_or_more_instances_probed_on_the_liveness_and_readiness_groups(String kustomization) {
        for (V1Deployment deployment : deployments(kustomization)) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getReplicas()).as("replicas of %s", name).isGreaterThanOrEqualTo(2);
            for (V1Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(path(container.getLivenessProbe())).as("liveness probe of %s", name)
                        .isEqualTo("/actuator/health/liveness");
                assertThat(path(container.getReadinessProbe())).as("readiness probe of %s", name)
                        .isEqualTo("/actuator/health/readiness");
                Set<String> ports = container.getPorts().stream().map(port -> port.getName())
                        .collect(Collectors.toSet());
                assertThat(ports).as("ports of %s", name)
                        .contains(container.getLivenessProbe().getHttpGet().getPort().getStrValue(),
                                container.getReadinessProbe().getHttpGet().getPort().getStrValue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void every_container_asks_for_what_it_needs_and_its_memory_limit_leaves_room_beside_the_heap(String kustomization) {
        for (V1Deployment deployment : deployments(kustomization)) {
            for (V1Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                var resources = container.getResources();
                String name = container.getName();
                assertThat(resources.getRequests()).as("requests of %s", name).containsKeys("cpu", "memory");
                assertThat(resources.getLimits()).as("limits of %s", name).containsKeys("cpu", "memory");
                long limit = bytes(resources.getLimits().get("memory"));
                // the request is the limit: memory is never overcommitted, so a busy node does not kill the JVM
                assertThat(bytes(resources.getRequests().get("memory"))).as("memory request of %s", name)
                        .isEqualTo(limit);
                assertThat(IMAGE.nonHeapBytes(limit))
                        .as("%s: memory beside the heap (%d%% of the limit is heap)", name, IMAGE.maxRamPercentage())
                        .isGreaterThanOrEqualTo(ContainerImage.NON_HEAP_BYTES);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void every_pod_runs_as_the_images_unprivileged_user_on_a_read_only_root(String kustomization) {
        for (V1Deployment deployment : deployments(kustomization)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            V1PodSecurityContext security = pod.getSecurityContext();
            assertThat(security.getRunAsNonRoot()).as("runAsNonRoot of %s", name).isTrue();
            assertThat(security.getRunAsUser()).as("runAsUser of %s", name).isEqualTo(IMAGE.userId());
            assertThat(pod.getAutomountServiceAccountToken()).as("service account token in %s", name).isFalse();
            for (V1Container container : pod.getContainers()) {
                var containerSecurity = container.getSecurityContext();
                assertThat(containerSecurity.getReadOnlyRootFilesystem()).as("read-only root of %s", name).isTrue();
                assertThat(containerSecurity.getAllowPrivilegeEscalation()).as("privilege escalation in %s", name)
                        .isFalse();
                assertThat(containerSecurity.getCapabilities().getDrop()).as("capabilities of %s", name)
                        .containsExactly("ALL");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void every_deployment_has_a_disruption_budget_that_lets_a_drain_proceed_and_a_network_policy(String kustomization) {
        List<KubernetesObject> objects = rendered(kustomization);
        for (V1Deployment deployment : deployments(kustomization)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

            List<V1PodDisruptionBudget> budgets = of(objects, V1PodDisruptionBudget.class)
                    .filter(budget -> selects(budget.getSpec().getSelector(), podLabels)).toList();
            assertThat(budgets).as("disruption budgets of %s", name).hasSize(1);
            var budget = budgets.get(0).getSpec();
            int allowedDown = budget.getMaxUnavailable() != null ? budget.getMaxUnavailable().getIntValue()
                    : deployment.getSpec().getReplicas() - budget.getMinAvailable().getIntValue();
            assertThat(allowedDown).as("instances of %s a drain may take at once", name)
                    .isBetween(1, deployment.getSpec().getReplicas() - 1);

            assertThat(ownPolicies(objects, podLabels)).as("network policies of %s", name).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void nothing_comes_in_unless_let_and_only_the_gateway_reaches_the_services(String kustomization) {
        List<KubernetesObject> objects = rendered(kustomization);
        assertThat(of(objects, V1NetworkPolicy.class).filter(KubernetesManifestsTest::deniesAll))
                .as("a policy that denies all traffic to and from every pod not let through").hasSize(1);

        for (V1Deployment deployment : deployments(kustomization)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            V1NetworkPolicy policy = ownPolicies(objects, podLabels).get(0);
            List<V1NetworkPolicyPeer> senders = policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom() == null ? Stream.of((V1NetworkPolicyPeer) null)
                            : rule.getFrom().stream())
                    .toList();
            assertThat(senders).as("%s lets in from anywhere", name).doesNotContainNull();
            if (name.equals(GATEWAY)) {
                // the Ingress controller, from its own namespace
                assertThat(senders).as("senders to the gateway").allSatisfy(peer ->
                        assertThat(peer.getNamespaceSelector()).isNotNull());
                continue;
            }
            Set<String> allowed = name.equals("notification-service")
                    ? Set.of(GATEWAY, "case-service") // case-service reads it for a subject access export
                    : Set.of(GATEWAY);
            assertThat(senders).as("senders to %s", name).allSatisfy(peer -> {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getNamespaceSelector()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).containsKey(NAME);
                assertThat(allowed).contains(peer.getPodSelector().getMatchLabels().get(NAME));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void secrets_are_referenced_by_name_and_key_and_never_kept_in_the_repository(String kustomization) {
        List<KubernetesObject> objects = rendered(kustomization);
        assertThat(of(objects, V1Secret.class).map(secret -> secret.getMetadata().getName()))
                .as("Secrets in the rendered manifests").isEmpty();
        Set<String> configMaps = of(objects, V1ConfigMap.class).map(map -> map.getMetadata().getName())
                .collect(Collectors.toSet());
        for (V1ConfigMap configMap : of(objects, V1ConfigMap.class).toList()) {
            assertThat(configMap.getData().keySet()).as("keys of %s", configMap.getMetadata().getName())
                    .noneMatch(KubernetesManifestsTest::namesASecret);
        }
        for (V1Deployment deployment : deployments(kustomization)) {
            for (V1Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (V1EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<V1EnvVar>of())) {
                    if (namesASecret(variable.getName())) {
                        assertThat(variable.getValueFrom()).as("%s of %s", variable.getName(), container.getName())
                                .isNotNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef())
                                .as("%s of %s", variable.getName(), container.getName()).isNotNull();
                    }
                }
                for (V1EnvFromSource source : container.getEnvFrom()) {
                    assertThat(source.getSecretRef()).as("a whole Secret as environment of %s", container.getName())
                            .isNull();
                    assertThat(configMaps).as("config maps read by %s", container.getName())
                            .contains(source.getConfigMapRef().getName());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/production"})
    void an_environment_runs_released_images_from_its_registry_in_its_own_namespace(String kustomization) {
        List<KubernetesObject> objects = rendered(kustomization);
        for (V1Deployment deployment : deployments(kustomization)) {
            for (V1Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String image = container.getImage();
                assertThat(image).as("image of %s", container.getName())
                        .matches("[a-z0-9.-]+\\.[a-z]+(:\\d+)?/.+:[A-Za-z0-9._-]+")
                        .doesNotEndWith(":latest").doesNotContain("SNAPSHOT");
            }
        }
        assertThat(objects.stream().filter(object -> !object.getKind().equals("Namespace")))
                .allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                        .as("namespace of %s %s", object.getKind(), object.getMetadata().getName())
                        .isEqualTo("sexting-protocol"));
    }

    private static List<KubernetesObject> rendered(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization,
                directory -> KubernetesSchema.read(kustomize.render(MANIFESTS.resolve(directory))));
    }

    private static List<V1Deployment> deployments(String kustomization) {
        return of(rendered(kustomization), V1Deployment.class).toList();
    }

    private static <T> Stream<T> of(List<KubernetesObject> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    /** The policies written for these pods, not the ones for every pod (deny all, DNS). */
    private static List<V1NetworkPolicy> ownPolicies(List<KubernetesObject> objects, Map<String, String> podLabels) {
        return of(objects, V1NetworkPolicy.class)
                .filter(policy -> !selectsEveryPod(policy.getSpec().getPodSelector()))
                .filter(policy -> selects(policy.getSpec().getPodSelector(), podLabels))
                .toList();
    }

    private static boolean deniesAll(V1NetworkPolicy policy) {
        var spec = policy.getSpec();
        return selectsEveryPod(spec.getPodSelector())
                && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && (spec.getIngress() == null || spec.getIngress().isEmpty())
                && (spec.getEgress() == null || spec.getEgress().isEmpty());
    }

    private static boolean selectsEveryPod(V1LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static boolean selects(V1LabelSelector selector, Map<String, String> labels) {
        return selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private static String path(V1Probe probe) {
        return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }

    private static long bytes(Quantity quantity) {
        return quantity.getNumber().longValueExact();
    }

    private static boolean namesASecret(String name) {
        return SECRET_NAME_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
