package dev.ksa.plan;

import static dev.ksa.plan.Profiles.cloud;
import static dev.ksa.plan.Profiles.onPrem;
import static dev.ksa.plan.Profiles.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.catalog.Lang;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Origin;
import dev.ksa.support.UserError;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planner's rules, one nested group per step, each case a small profile. */
class PlannerRulesTest {

    static List<String> ids(Plan plan) {
        return plan.components().stream().map(PlannedComponent::id).toList();
    }

    static Status status(Plan plan, String category) {
        return plan.categories().stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow().status();
    }

    static List<String> codes(Plan plan) {
        return plan.warnings().stream().map(PlanWarning::code).toList();
    }

    static PlannedComponent component(Plan plan, String id) {
        return plan.component(id).orElseThrow(() -> new AssertionError(id + " not planned: " + ids(plan)));
    }

    @Nested
    @DisplayName("picks per category")
    class Picks {
        @ParameterizedTest(name = "{0} edition plans {2} for {1}")
        @CsvSource({
            "2026, cni, calico", "2026, ingress, ingress-nginx", "2026, logs, opensearch", "2026, traces, tempo", "2026, web-ui, headlamp",
            "2026, profiles, pyroscope", "2026, telemetry-pipeline, opentelemetry", "2026, identity, keycloak",
            "2025, traces, jaeger", "2025, logs, elasticsearch", "2025, web-ui, lens",
            "2023, web-ui, openlens", "2023, logs, elasticsearch", "2023, cni, calico",
            "2022, web-ui, lens", "2024, policy, kyverno"})
        void edition_plansItsRecommendation(String edition, String category, String expected) {
            Plan plan = plan(onPrem(edition, "features: [policy]"));
            assertThat(plan.categories().stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow().components())
                    .contains(expected);
        }

        @Test
        void twoForOneCategory_plansTheDefault_andOffersTheOtherWithTheEditionsReason() {
            Plan plan = plan(onPrem("2026", ""));
            PlannedComponent calico = component(plan, "calico");
            assertThat(ids(plan)).doesNotContain("cilium");
            assertThat(calico.origin()).isEqualTo(Origin.EDITION);
            assertThat(calico.alternatives()).anySatisfy(o -> {
                assertThat(o.id()).isEqualTo("cilium");
                assertThat(o.when().in(Lang.EN)).contains("eBPF");
                assertThat(o.when().in(Lang.KO)).contains("실리움");
            });
        }

        @Test
        void pickAll_plansRookAndCephTogether() {
            assertThat(ids(plan(onPrem("2026", "")))).contains("rook", "ceph");
        }

        @Test
        void optionalCategory_isOffUntilItsFeatureIsAsked() {
            Plan without = plan(onPrem("2026", ""));
            assertThat(status(without, "service-mesh")).isEqualTo(Status.OFF);
            assertThat(ids(without)).doesNotContain("istio", "strimzi", "kubeflow", "teleport");
            Plan with = plan(onPrem("2026", "features: [service-mesh, data-pipeline, access-control]"));
            assertThat(ids(with)).contains("istio", "strimzi", "clickhouse", "teleport");
        }

        @Test
        void categoryWithoutEditionPick_getsTheWeekOneFallback() {
            PlannedComponent certManager = component(plan(onPrem("2026", "")), "cert-manager");
            assertThat(certManager.origin()).isEqualTo(Origin.FALLBACK);
            assertThat(certManager.reasons().get(0).in(Lang.EN)).contains("week-one");
        }

        @Test
        void fallbackTheStandardDropped_isUncovered_notPlanned() {
            Plan plan = plan(onPrem("2026", "features: [multi-cluster]"));
            assertThat(ids(plan)).doesNotContain("karmada");
            assertThat(status(plan, "multi-cluster")).isEqualTo(Status.UNCOVERED);
            assertThat(codes(plan)).contains("category-dropped-by-standard");
        }

        @ParameterizedTest(name = "{0} edition plans {1} for policy")
        @CsvSource({"2022, kyverno, fallback", "2023, kyverno, fallback", "2024, kyverno, edition", "2025, gatekeeper, fallback", "2026, gatekeeper, fallback"})
        void policy_fallsBackToGatekeeper_whenTheStandardDroppedKyverno(String edition, String engine, String origin) {
            Plan plan = plan(onPrem(edition, "features: [policy]"));
            PlannedComponent planned = component(plan, engine);
            assertThat(planned.origin().id()).isEqualTo(origin);
            assertThat(status(plan, "policy")).isEqualTo(Status.PLANNED);
            assertThat(plan.warnings()).noneMatch(w -> "policy".equals(w.category()));
            if (engine.equals("gatekeeper")) {
                assertThat(ids(plan)).doesNotContain("kyverno");
                assertThat(planned.reasons().get(0).in(Lang.EN)).isEqualTo("a week-one essential in place of Kyverno, which the standard dropped (the "
                        + edition + " edition names nothing for Kubernetes policy management)");
                assertThat(planned.reasons()).anySatisfy(r -> assertThat(r.in(Lang.EN)).startsWith("why the standard dropped Kyverno: Since Kubernetes v1.30"));
            }
        }

        @Test
        void categoryAnotherPlannedComponentCovers_isProvidedByIt_notAGap() {
            Plan plan = plan(onPrem("2026", "features: [image-scanning]"));
            assertThat(status(plan, "image-scanning")).isEqualTo(Status.PROVIDED);
            assertThat(plan.categories().stream().filter(s -> s.category().equals("image-scanning")).findFirst().orElseThrow().note().en())
                    .isEqualTo("provided by Harbor (image-scanning)");
            assertThat(plan.warnings()).noneMatch(w -> "image-scanning".equals(w.category()));
        }

        @Test
        void choose_overridesThePick_andExplainsIt() {
            Plan plan = plan(onPrem("2026", "choose: {cni: cilium, traces: jaeger}"));
            assertThat(ids(plan)).contains("cilium", "jaeger").doesNotContain("calico", "tempo");
            assertThat(component(plan, "jaeger").reasons().get(0).in(Lang.EN)).isEqualTo("chosen in platform.yaml (spec.choose.traces)");
            assertThat(codes(plan)).contains("dropped-by-edition", "choice-outside-edition");
        }

        @Test
        void choose_switchesAnOptionalCategoryOn() {
            assertThat(ids(plan(onPrem("2026", "choose: {policy: kyverno}")))).contains("kyverno");
        }
    }

    @Nested
    @DisplayName("environment rules")
    class Environments {
        @Test
        void onPrem_plansLoadBalancerStorageApiLoadBalancerAndProvisioner() {
            assertThat(ids(plan(onPrem("2026", "")))).contains("metallb", "rook", "ceph", "haproxy", "kubeadm");
        }

        @ParameterizedTest(name = "{0} covers load balancers, storage and the API load balancer")
        @CsvSource({"aws", "gcp", "azure"})
        void cloud_dropsWhatTheProviderGives_andUsesTerraform(String environment) {
            Plan plan = plan(cloud(environment, ""));
            assertThat(ids(plan)).doesNotContain("metallb", "rook", "ceph", "haproxy", "kubeadm", "kubespray").contains("terraform", "velero", "harbor");
            assertThat(status(plan, "storage")).isEqualTo(Status.PROVIDED);
            assertThat(status(plan, "load-balancer")).isEqualTo(Status.PROVIDED);
            assertThat(component(plan, "terraform").origin()).isEqualTo(Origin.ENVIRONMENT);
            assertThat(codes(plan)).doesNotContain("requirement-unsatisfied");
        }

        @Test
        void onPremCategoryTheEditionLacks_getsWhatTheEnvironmentNeeds() {
            Plan plan = plan(onPrem("2022", ""));
            assertThat(ids(plan)).contains("metallb", "haproxy", "rook", "ceph");
        }
    }

    @Nested
    @DisplayName("exclude and license policy")
    class ExcludeAndLicenses {
        @Test
        void exclude_leavesTheCategoryUncovered_withAnInfo() {
            Plan plan = plan(onPrem("2026", "exclude: [velero]"));
            assertThat(ids(plan)).doesNotContain("velero");
            assertThat(status(plan, "backup")).isEqualTo(Status.UNCOVERED);
            assertThat(codes(plan)).contains("category-excluded");
        }

        @Test
        void deniedLicense_isReplacedByAnAllowedAlternativeOfTheSameCategory() {
            Plan plan = plan(onPrem("2026", "policy: {denyLicenses: [AGPL-3.0-only]}"));
            assertThat(ids(plan)).doesNotContain("grafana", "tempo", "pyroscope", "loki");
            PlannedComponent traces = plan.components().stream().filter(c -> c.category().equals("traces")).findFirst().orElseThrow();
            assertThat(traces.origin()).isEqualTo(Origin.LICENSE_SUBSTITUTE);
            assertThat(traces.reasons().get(0).in(Lang.EN)).contains("replaces Tempo").contains("AGPL-3.0-only");
            assertThat(codes(plan)).contains("license-substituted");
        }

        @Test
        void deniedGrafana_isReplacedByOpenSearchDashboards_notByWhatTheEditionDropped() {
            Plan plan = plan(onPrem("2026", "policy: {denyLicenses: [AGPL-3.0-only]}"));
            assertThat(ids(plan)).contains("opensearch").doesNotContain("grafana", "kibana", "elasticsearch");
            assertThat(plan.categories().stream().filter(s -> s.category().equals("visualization")).findFirst().orElseThrow())
                    .satisfies(s -> {
                        assertThat(s.status()).isEqualTo(Status.PROVIDED);
                        assertThat(s.components()).containsExactly("opensearch");
                    });
            assertThat(component(plan, "zipkin").origin()).isEqualTo(Origin.LICENSE_SUBSTITUTE);
            assertThat(ids(plan)).as("Jaeger: dropped by the 2026 edition").doesNotContain("jaeger");
            assertThat(codes(plan)).doesNotContain("dropped-by-edition");
        }

        @Test
        void deprecatedSpdxId_deniesLikeItsCurrentId() {
            Plan plan = plan(onPrem("2026", "policy: {denyLicenses: [AGPL-3.0, BUSL-1.1]}"));
            assertThat(ids(plan)).doesNotContain("grafana", "tempo", "pyroscope", "vault");
            assertThat(plan.warnings()).filteredOn(w -> w.code().equals("license-id-normalized")).singleElement()
                    .satisfies(w -> assertThat(w.message().in(Lang.EN)).isEqualTo("spec.policy.denyLicenses: AGPL-3.0 is a deprecated id in the SPDX License List ("
                            + dev.ksa.catalog.SpdxLicenseList.get().version() + "); it is read as AGPL-3.0-only. To deny later versions too, add AGPL-3.0-or-later."));
        }

        @Test
        void deniedLicenseWithoutAlternative_leavesTheCategoryUncovered_neverSilently() {
            Plan plan = plan(onPrem("2026", "policy: {denyLicenses: [AGPL-3.0-only]}"));
            assertThat(status(plan, "profiles")).isEqualTo(Status.UNCOVERED);
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("license-denied");
                assertThat(w.component()).isEqualTo("pyroscope");
            });
        }

        @Test
        void substitute_mustDoTheSameJob() {
            Plan plan = plan(onPrem("2026", "policy: {denyLicenses: [BUSL-1.1]}"));
            assertThat(ids(plan)).doesNotContain("vault", "external-secrets");
            assertThat(status(plan, "secrets")).isEqualTo(Status.UNCOVERED);
        }

        @Test
        void chosenComponentUnderADeniedLicense_isAnInputError() {
            assertThatThrownBy(() -> plan(onPrem("2026", "choose: {visualization: grafana}\npolicy: {denyLicenses: [AGPL-3.0-only]}")))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("platform.yaml:15:27:")
                    .hasMessageContaining("grafana is licensed AGPL-3.0-only");
        }
    }

    @Nested
    @DisplayName("capability closure")
    class Closure {
        @Test
        void missingCapability_addsAProvider_requiredByX() {
            Plan plan = plan(onPrem("2026", "features: [mlops]"));
            PlannedComponent istio = component(plan, "istio");
            assertThat(istio.origin()).isEqualTo(Origin.REQUIRED);
            assertThat(istio.reasons().get(0).in(Lang.EN)).isEqualTo("required by Kubeflow (service-mesh)");
        }

        @Test
        void editionWithoutIdentity_getsKeycloakForTheConsolesOidc() {
            PlannedComponent keycloak = component(plan(onPrem("2023", "")), "keycloak");
            assertThat(keycloak.origin()).isEqualTo(Origin.REQUIRED);
            assertThat(keycloak.reasons().get(0).in(Lang.EN)).contains("(oidc)");
        }

        @Test
        void requirementNobodyCanMeet_isAnError() {
            Plan plan = plan(onPrem("2026", "exclude: [rook, ceph, longhorn]"));
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("requirement-unsatisfied");
                assertThat(w.severity()).isEqualTo(PlanWarning.Severity.ERROR);
                assertThat(w.message().in(Lang.EN)).contains("block-storage");
            });
            assertThat(plan.hasErrors()).isTrue();
            assertThat(codes(plan).stream().filter(c -> c.equals("requirement-unsatisfied")).count())
                    .as("each component/capability reported once").isEqualTo(plan.warnings().stream()
                            .filter(w -> w.code().equals("requirement-unsatisfied")).map(w -> w.component() + w.message().en()).distinct().count());
        }

        @Test
        void everyPlannedRequirementIsMet_inTheExamples() {
            for (String edition : List.of("2022", "2023", "2024", "2025", "2026")) {
                Plan plan = plan(onPrem(edition, "features: [service-mesh, data-pipeline, mlops, serverless, virtualization, runtime-security, access-control]"));
                assertThat(codes(plan)).as("edition %s", edition).doesNotContain("requirement-unsatisfied", "conflict", "install-cycle");
            }
        }
    }

    @Nested
    @DisplayName("conflicts")
    class ConflictRules {
        @Test
        void ciliumChosen_dropsMetalLB_becauseItsL2LoadBalancerTakesOver() {
            Plan plan = plan(onPrem("2026", "choose: {cni: cilium}"));
            assertThat(ids(plan)).doesNotContain("metallb");
            assertThat(codes(plan)).contains("conflict-resolved");
            assertThat(status(plan, "load-balancer")).isEqualTo(Status.PROVIDED);
        }

        @Test
        void ciliumAndMetalLBBothChosen_areKept_withWhatToConfigure() {
            Plan plan = plan(onPrem("2026", "choose: {cni: cilium, load-balancer: metallb}"));
            assertThat(ids(plan)).contains("cilium", "metallb");
            assertThat(codes(plan)).contains("conflict-chosen").doesNotContain("conflict");
        }

        @Test
        void twoMeshes_neitherDroppable_isAnError() {
            Plan plan = plan(onPrem("2026", "features: [service-mesh, serverless]\nchoose: {service-mesh: linkerd}\nexclude: []"));
            assertThat(ids(plan)).contains("linkerd").doesNotContain("istio");
        }
    }

    @Nested
    @DisplayName("lifecycle")
    class Lifecycles {
        @Test
        void ingressNginx_pastEndOfLife_warnsWithTheGatewayApiSuccessors() {
            Plan plan = plan(onPrem("2026", ""));
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("component-end-of-life");
                assertThat(w.component()).isEqualTo("ingress-nginx");
                assertThat(w.message().in(Lang.EN)).contains("2026-03-31").contains("Envoy Gateway");
                assertThat(w.message().in(Lang.KO)).contains("지원이 종료");
            });
            assertThat(codes(plan)).contains("edition-caution");
        }
    }

    @Nested
    @DisplayName("capacity budget")
    class Capacity {
        @ParameterizedTest(name = "{0} workers of {1} CPU / {2} GiB: {3}")
        @CsvSource({"3, 16, 64, none", "3, 8, 32, capacity-high", "2, 4, 8, capacity-exceeded"})
        void budget_warnsAbove70_andErrsAbove100(int workers, int cpu, int memory, String expected) {
            String yaml = onPrem("2026", "").replace("workers: 3", "workers: " + workers)
                    .replace("node: {cpu: 16, memoryGi: 64}", "node: {cpu: " + cpu + ", memoryGi: " + memory + "}");
            Plan plan = plan(yaml);
            List<String> capacity = codes(plan).stream().filter(c -> c.startsWith("capacity")).toList();
            assertThat(capacity).isEqualTo(expected.equals("none") ? List.of() : List.of(expected));
            assertThat(plan.budget().top()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
            assertThat(plan.budget().top().get(0).id()).isEqualTo("ceph");
        }

        @Test
        void allocatable_isTheNodeMinusReservations() {
            assertThat(CapacityBudget.allocatableCpu(8)).isEqualTo(8 - 0.06 - 0.01 - 0.01 - 0.01, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(CapacityBudget.allocatableMemoryGi(32)).isCloseTo(32 - (1 + 0.8 + 0.8 + 0.96) - 100.0 / 1024, org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void nodeAgents_countOncePerNode() {
            String small = onPrem("2026", "").replace("workers: 3", "workers: 1");
            String large = onPrem("2026", "").replace("workers: 3", "workers: 10");
            double fluentBitSmall = plan(small).budget().requested().cpu();
            double fluentBitLarge = plan(large).budget().requested().cpu();
            assertThat(fluentBitLarge - fluentBitSmall).as("fluent-bit 100m x 9 more nodes").isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.01));
        }

        @Test
        void noNodeSize_noBudget_butSaysSo() {
            Plan plan = plan(onPrem("2026", "").replace("    node: {cpu: 16, memoryGi: 64}\n", ""));
            assertThat(plan.budget()).isNull();
            assertThat(codes(plan)).contains("budget-unknown");
        }
    }

    @Nested
    @DisplayName("install waves")
    class Waves {
        @Test
        void bootstrap_isWaveZero_cniThenArgoCd() {
            Plan plan = plan(onPrem("2026", ""));
            assertThat(component(plan, "argo-cd").wave()).isZero();
            assertThat(component(plan, "calico").wave()).isZero();
            assertThat(component(plan, "argo-cd").dependsOn()).extracting(PlannedComponent.Dependency::id).containsExactly("calico");
            assertThat(plan.inCluster().stream().filter(c -> c.wave() == 0).map(PlannedComponent::id)).containsExactlyInAnyOrder("calico", "argo-cd");
        }

        @ParameterizedTest(name = "{0} before {1}")
        @CsvSource({"rook, ceph", "ceph, harbor", "ceph, velero", "cert-manager, keycloak", "prometheus, grafana", "keycloak, grafana",
            "opensearch, fluent-bit", "tempo, opentelemetry", "metallb, ingress-nginx", "ceph, opensearch"})
        void providers_goBeforeTheirUsers(String first, String then) {
            Plan plan = plan(onPrem("2026", ""));
            assertThat(component(plan, first).wave()).isLessThan(component(plan, then).wave());
        }

        @Test
        void cycle_isAnErrorNamingIt() {
            dev.ksa.catalog.Component a = fake("a", List.of("x"), List.of("y"));
            dev.ksa.catalog.Component b = fake("b", List.of("y"), List.of("x"));
            InstallWaves.Result result = InstallWaves.compute(List.of(a, b));
            assertThat(result.cycles()).containsExactly(List.of("a", "b", "a"));
            assertThat(InstallWaves.cycleWarning(result.cycles().get(0)).message().en()).contains("a -> b -> a");
            assertThat(result.waves()).containsKeys("a", "b");
        }

        private dev.ksa.catalog.Component fake(String id, List<String> provides, List<String> requires) {
            return new dev.ksa.catalog.Component(id, id, id, "cd", null, null, "MIT", null, Map.of(), null, null, null,
                    new dev.ksa.catalog.Install(dev.ksa.catalog.InstallKind.HELM, "ns", null, null, null, false, false, null),
                    provides, requires, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @Test
    void plan_isDeterministic() {
        String yaml = onPrem("2026", "features: [service-mesh, data-pipeline]");
        String first = plan(yaml).components().toString() + plan(yaml).warnings() + plan(yaml).budget();
        assertThat(plan(yaml).components().toString() + plan(yaml).warnings() + plan(yaml).budget()).isEqualTo(first);
        Map<String, Integer> waves = plan(yaml).components().stream().filter(PlannedComponent::inCluster)
                .collect(Collectors.toMap(PlannedComponent::id, PlannedComponent::wave));
        assertThat(waves).isNotEmpty();
    }
}
