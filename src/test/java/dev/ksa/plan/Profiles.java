package dev.ksa.plan;

import dev.ksa.catalog.Catalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Small profiles for planner tests, written as a user would, and a planner on a fixed date. */
final class Profiles {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private Profiles() {}

    /** An on-prem profile of {@code edition} with 3 workers of 16 cores / 64 GiB; {@code extra} is appended under spec. */
    static String onPrem(String edition, String extra) {
        return """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: test}
                spec:
                  edition: "%s"
                  environment: on-prem
                  domain: test.internal
                  gitops: {repoURL: https://git.test.internal/platform.git}
                  cluster:
                    controlPlanes: 3
                    workers: 3
                    node: {cpu: 16, memoryGi: 64}
                    apiServer: {vip: 10.0.0.10}
                    loadBalancerRange: 10.0.0.200-10.0.0.250
                """.formatted(edition) + indent(extra);
    }

    static String cloud(String environment, String extra) {
        return """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: test}
                spec:
                  edition: "2026"
                  environment: %s
                  domain: test.example.com
                  gitops: {repoURL: https://github.com/example/platform.git}
                  cluster: {workers: 3, node: {cpu: 8, memoryGi: 32}}
                """.formatted(environment) + indent(extra);
    }

    private static String indent(String extra) {
        if (extra == null || extra.isBlank()) {
            return "";
        }
        return extra.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
    }

    static Plan plan(String yaml) {
        return new Planner(Catalog.load(), DECEMBER_2026).plan(ProfileReader.parse(yaml, "platform.yaml"));
    }
}
