package nl.schoolboard.sexting.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.kubernetes.client.openapi.models.V1Deployment;

/** The schema check refuses what the API server would refuse or silently drop; it needs no kubectl. */
class KubernetesSchemaTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: case-service
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: case-service
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: case-service
                spec:
                  containers:
                    - name: case-service
                      image: sexting-protocol/case-service
                      ports:
                        - name: http
                          containerPort: 8081
                      livenessProbe:
                        httpGet:
                          path: /actuator/health/liveness
                          port: http
                      resources:
                        limits:
                          memory: 768Mi
            """;

    @Test
    void a_well_formed_deployment_is_read_into_the_api_model() {
        var objects = KubernetesSchema.read(DEPLOYMENT);

        assertThat(objects).singleElement().isInstanceOfSatisfying(V1Deployment.class, deployment ->
                assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources()
                        .getLimits().get("memory").getNumber().longValue()).isEqualTo(768L * 1024 * 1024));
    }

    @Test
    void a_misspelt_field_is_refused_by_name() {
        // kubectl apply would drop it with a warning at best, and the container would run without a liveness probe
        assertThatThrownBy(() -> KubernetesSchema.read(DEPLOYMENT.replace("livenessProbe:", "livenesProbe:")))
                .hasMessageContaining("Deployment case-service").hasMessageContaining("livenesProbe");
    }

    @Test
    void a_field_at_the_wrong_level_is_refused() {
        // the image belongs to a container, not to the pod
        String imageOnThePod = DEPLOYMENT.replace("      containers:\n",
                "      image: sexting-protocol/case-service\n      containers:\n");

        assertThatThrownBy(() -> KubernetesSchema.read(imageOnThePod)).hasMessageContaining("`image`");
    }

    @Test
    void a_missing_required_field_is_refused() {
        assertThatThrownBy(() -> KubernetesSchema.read(DEPLOYMENT.replace("- name: case-service", "- tty: false")))
                .hasMessageContaining("name");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        // one port written as an object where the API expects a list of them
        String portsAsAnObject = DEPLOYMENT.replace("            - name: http\n              containerPort",
                "              name: http\n              containerPort");

        assertThat(portsAsAnObject).isNotEqualTo(DEPLOYMENT);
        // (the generated check then names the type it expected, not always the field: the object is named)
        assertThatThrownBy(() -> KubernetesSchema.read(portsAsAnObject))
                .hasMessageContaining("Deployment case-service does not match");
    }

    @Test
    void a_kind_the_check_does_not_know_is_refused_rather_than_passed_unchecked() {
        assertThatThrownBy(() -> KubernetesSchema.read("""
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: retention
                """)).hasMessageContaining("KubernetesSchema.MODELS");
    }
}
