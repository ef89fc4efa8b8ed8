package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog as a whole: every reference resolves, every text has both languages. */
class CatalogIntegrityTest {
    private final Catalog catalog = Catalog.load();

    /** The canonical ids of DESIGN.md; scripts and users rely on them. */
    static final List<String> CANONICAL = List.of(("karmada helm openlens lens headlamp haproxy calico cilium metallb "
            + "ingress-nginx k8gb istio github-actions jenkins gitlab argo-cd flux harbor rook ceph longhorn velero kubeflow "
            + "knative vault docker containerd kubevirt falco strimzi clickhouse opentelemetry prometheus fluent-bit "
            + "elasticsearch kibana opensearch jaeger zipkin tempo pyroscope loki grafana kubeadm kubespray terraform "
            + "teleport keycloak cert-manager external-dns kyverno gatekeeper linkerd telepresence kustomize cluster-api "
            + "trivy tracee").split(" "));

    @Test
    void everyCanonicalId_hasAComponentFile() {
        Set<String> ids = ids();
        assertThat(CANONICAL).allSatisfy(id -> assertThat(ids).as("component " + id).contains(id));
    }

    @Test
    void componentIds_areUnique_andMatchTheirFiles() {
        List<String> files = CatalogLoader.list("components");
        assertThat(catalog.components()).hasSize(files.size());
    }

    @Test
    void everyIdAnEditionNames_exists_inTheRightCategory() {
        List<String> problems = new ArrayList<>();
        for (Edition e : catalog.editions()) {
            for (EditionCategory ec : e.categories()) {
                if (catalog.findCategory(ec.category()).isEmpty()) {
                    problems.add(e.id() + ": unknown category " + ec.category());
                }
                for (String id : ec.components()) {
                    catalog.find(id).ifPresentOrElse(c -> {
                        if (!c.category().equals(ec.category())) {
                            problems.add(e.id() + ": " + id + " is listed under " + ec.category() + " but its category is " + c.category());
                        }
                    }, () -> problems.add(e.id() + ": unknown component " + id));
                }
                if (!ec.components().contains(ec.defaultId())) {
                    problems.add(e.id() + ": default " + ec.defaultId() + " is not listed in " + ec.category());
                }
            }
            e.marks().forEach(m -> {
                if (catalog.find(m.id()).isEmpty()) {
                    problems.add(e.id() + ": mark on unknown component " + m.id());
                }
            });
            long distinctCategories = e.categories().stream().map(EditionCategory::category).distinct().count();
            if (distinctCategories != e.categories().size()) {
                problems.add(e.id() + ": a category is listed twice");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRequirement_isProvidedBySomeComponent() {
        Set<String> provided = catalog.components().stream().flatMap(c -> c.provides().stream()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        catalog.components().forEach(c -> c.requires().stream().filter(r -> !provided.contains(r))
                .forEach(r -> missing.add(c.id() + " requires " + r)));
        assertThat(missing).isEmpty();
    }

    @Test
    void alternativesConflictsAndSuccessors_referToExistingComponents() {
        Set<String> ids = ids();
        List<String> dangling = new ArrayList<>();
        for (Component c : catalog.components()) {
            c.alternatives().stream().map(Alternative::id).filter(id -> !ids.contains(id)).forEach(id -> dangling.add(c.id() + " alternative " + id));
            c.conflicts().stream().filter(id -> !ids.contains(id)).forEach(id -> dangling.add(c.id() + " conflict " + id));
            c.lifecycle().successors().stream().filter(id -> !ids.contains(id)).forEach(id -> dangling.add(c.id() + " successor " + id));
            c.alternatives().stream().filter(a -> a.id().equals(c.id())).forEach(a -> dangling.add(c.id() + " lists itself as alternative"));
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void conflicts_areDeclaredOnBothSides() {
        List<String> oneSided = new ArrayList<>();
        for (Component c : catalog.components()) {
            for (String other : c.conflicts()) {
                catalog.find(other).filter(o -> !o.conflicts().contains(c.id()))
                        .ifPresent(o -> oneSided.add(c.id() + " conflicts with " + other + " but not the other way"));
            }
        }
        assertThat(oneSided).isEmpty();
    }

    @Test
    void categoryFallbacks_existAndBelongToTheirCategory() {
        for (Category category : catalog.categories()) {
            assertThat(category.name().complete()).as("name of " + category.id()).isTrue();
            for (String fallback : category.fallbacks()) {
                assertThat(catalog.find(fallback)).as("fallback of " + category.id()).isPresent();
                assertThat(catalog.component(fallback).category()).isEqualTo(category.id());
            }
        }
    }

    @Test
    void everyComponent_belongsToAKnownCategory() {
        Set<String> categories = catalog.categories().stream().map(Category::id).collect(Collectors.toSet());
        assertThat(catalog.components()).allSatisfy(c -> assertThat(categories).contains(c.category()));
    }

    @Test
    void everyEditionText_hasBothLanguages() {
        List<String> incomplete = new ArrayList<>();
        for (Edition e : catalog.editions()) {
            if (!e.title().complete()) {
                incomplete.add(e.id() + " title");
            }
            e.marks().stream().filter(m -> m.reason() == null || !m.reason().complete())
                    .forEach(m -> incomplete.add(e.id() + " mark " + m.id()));
            e.categories().stream().filter(c -> c.note() != null && !c.note().complete())
                    .forEach(c -> incomplete.add(e.id() + " note " + c.category()));
        }
        for (ComponentSet set : catalog.sets()) {
            if (!set.name().complete()) {
                incomplete.add(set.id() + " name");
            }
            set.items().forEach(i -> {
                if (!i.topic().complete() || (i.note() != null && !i.note().complete())) {
                    incomplete.add(set.id() + " item " + i.topic().en());
                }
            });
        }
        assertThat(incomplete).isEmpty();
    }

    @Test
    void weekOneSet_namesTheEssentialsOfSeed003() {
        ComponentSet weekOne = catalog.set("week-one").orElseThrow();
        assertThat(weekOne.componentIds()).contains("ingress-nginx", "external-dns", "cert-manager", "argo-cd", "flux",
                "istio", "linkerd", "envoy", "velero", "gatekeeper", "kyverno", "prometheus", "loki", "grafana", "jaeger",
                "zipkin", "telepresence", "helm", "kustomize");
        assertThat(weekOne.componentIds()).allSatisfy(id -> assertThat(catalog.find(id)).as(id).isPresent());
    }

    @Test
    void licenses_areValidSpdxExpressions() {
        assertThat(catalog.components()).allSatisfy(c -> LicenseExpression.parse(c.license()));
    }

    @Test
    void licenses_useCurrentSpdxIdsAsTheListWritesThem() {
        SpdxLicenseList spdx = SpdxLicenseList.get();
        assertThat(catalog.components()).allSatisfy(c -> {
            for (String token : c.license().split("[\\s()]+")) {
                if (!token.isEmpty() && !Set.of("AND", "OR", "WITH").contains(token) && spdx.exception(token).isEmpty()) {
                    assertThat(spdx.normalize(token)).as(c.id() + ": " + token)
                            .hasValueSatisfying(n -> assertThat(n.change()).isEqualTo(SpdxLicenseList.Change.NONE));
                }
            }
        });
    }

    private Set<String> ids() {
        return catalog.components().stream().map(Component::id).collect(Collectors.toCollection(HashSet::new));
    }
}
