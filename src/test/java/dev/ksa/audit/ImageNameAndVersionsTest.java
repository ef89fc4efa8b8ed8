package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image references normalise as the registry resolves them; versions read as people write them. */
class ImageNameAndVersionsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "nginx, docker.io/library/nginx, , false",
        "nginx:latest, docker.io/library/nginx, latest, false",
        "library/nginx:1.27, docker.io/library/nginx, 1.27, true",
        "docker.io/library/nginx:1.27, docker.io/library/nginx, 1.27, true",
        "index.docker.io/library/nginx:1.27, docker.io/library/nginx, 1.27, true",
        "registry-1.docker.io/bitnami/redis:7, docker.io/bitnami/redis, 7, true",
        "grafana/grafana:13.2.0, docker.io/grafana/grafana, 13.2.0, true",
        "quay.io/jetstack/cert-manager-controller:v1.21.1, quay.io/jetstack/cert-manager-controller, v1.21.1, true",
        "localhost:5000/app:1, localhost:5000/app, 1, true",
        "registry.k8s.io/ingress-nginx/controller:v1.15.1@sha256:594ceea76b01c592858f803f9ff4d2cb40542cae2060410b2c95f75907d659e1, registry.k8s.io/ingress-nginx/controller, v1.15.1, true",
        "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, docker.io/library/busybox, , true",
        "Quay.IO/prometheus/prometheus:v3.14.0, quay.io/prometheus/prometheus, v3.14.0, true"
    })
    void imageName_normalises(String image, String repository, String tag, boolean pinned) {
        ImageName name = ImageName.parse(image);
        assertThat(name.repository()).isEqualTo(repository);
        assertThat(name.tag()).isEqualTo(tag);
        assertThat(name.pinned()).isEqualTo(pinned);
    }

    @ParameterizedTest(name = "{0} holds version {1}")
    @CsvSource({
        "v1.15.1, v1.15.1", "1.15.1, 1.15.1", "2.568.2-jdk21, 2.568.2", "v3.14.0-distroless, v3.14.0",
        "v0.21.0-rc4, v0.21.0-rc4", "1.0.0-rc.1, 1.0.0-rc.1", "8.2.3-alpine, 8.2.3", "1.31-alpine, 1.31",
        "v1.37.5-1782911245-7cffc778c923f68a77954a53b1a98d6b5353f004, v1.37.5",
        "latest, ", "dev, ", "main, ", "20240101, ", "RELEASE.2022-10-24T18-35-07Z, "
    })
    void versions_areRead(String tag, String version) {
        assertThat(Versions.of(tag)).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "v1.15.1, 1.15.1, 0", "1.9.0, 1.10.0, -1", "v3.4.4, v3.3.9, 1", "v0.21.0-rc4, v0.21.0, -1",
        "1.0.0, 1.30.3, -1", "2.10, 2.10.0, 0", "dev, 1.0.0, 0"
    })
    void versions_compareByNumber(String a, String b, int sign) {
        assertThat(Integer.signum(Versions.compare(a, b))).isEqualTo(sign);
    }
}
