package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must be there before an object syncs: the CRD of a custom resource (installed by an
 * Application of an earlier wave, by the same Application, or by a controller that runs earlier),
 * and the namespace of a namespaced object. And, when Applications use sync waves at all, Argo CD
 * must be told to wait for an Application's health, or the waves order nothing.
 */
final class OrderChecks {
    static final String HEALTH_KEY = "resource.customizations.health.argoproj.io_Application";

    private final Platform platform;
    private final Targets targets;
    private final PlatformAssembly.Validation validation;

    private OrderChecks(Platform platform, Targets targets, PlatformAssembly.Validation validation) {
        this.platform = platform;
        this.targets = targets;
        this.validation = validation;
    }

    static void run(Platform platform, Targets targets, PlatformAssembly.Validation validation) {
        OrderChecks checks = new OrderChecks(platform, targets, validation);
        checks.customResources();
        checks.namespaces();
        checks.applicationHealth();
    }

    private void customResources() {
        Map<String, List<PlatformObject>> crds = new HashMap<>();
        for (PlatformObject crd : platform.ofKind("apiextensions.k8s.io", "CustomResourceDefinition")) {
            JsonNode spec = crd.body().path("spec");
            crds.computeIfAbsent(spec.path("group").asText() + "/" + spec.path("names").path("kind").asText(), k -> new ArrayList<>()).add(crd);
        }
        Map<String, Boolean> reported = new HashMap<>();
        for (PlatformObject object : platform.objects) {
            if (TypedModels.BUILT_IN_GROUPS.contains(object.group()) || object.group().equals("apiregistration.k8s.io") || object.kind().isEmpty()) {
                continue;
            }
            String key = object.group() + "/" + object.kind();
            List<PlatformObject> definitions = crds.getOrDefault(key, List.of());
            if (definitions.isEmpty()) {
                Optional<Targets.Target> runtime = targets.find("apiextensions.k8s.io", "CustomResourceDefinition", "", "*." + object.group());
                if (runtime.isPresent() && targets.served(object.group())) {
                    if (!before(runtime.get().owner(), runtime.get().wave(), object)) {
                        problemOnce(reported, key + object.owner(), object, "the CRD of " + object.kind() + " is installed at run time by "
                                + runtime.get().source() + " in wave " + wave(runtime.get().wave()) + ", not before " + object.describe()
                                + " syncs in wave " + object.wave() + ". Give Application " + object.owner() + " a later sync wave");
                    }
                    continue;
                }
                Optional<String> maybe = platform.unknownSource("");
                if (maybe.isPresent()) {
                    if (reported.putIfAbsent("skip" + key, true) == null) {
                        validation.skip(object.origin().file() + ": no CRD for " + key + " among the rendered objects; it may come from " + maybe.get() + "; not checked");
                    }
                    continue;
                }
                problemOnce(reported, key + object.owner(), object, "no Application installs the CRD of " + object.kind() + " (" + object.apiVersion()
                        + "), so " + object.describe() + " cannot be created. Install the component that defines it, in an earlier wave");
                continue;
            }
            boolean inTime = definitions.stream().anyMatch(crd -> before(crd.owner(), crd.wave(), object));
            if (!inTime) {
                PlatformObject crd = definitions.get(0);
                problemOnce(reported, key + object.owner(), object, "the CRD of " + object.kind() + " comes with Application " + crd.owner()
                        + " in wave " + wave(crd.wave()) + ", but " + object.describe() + " syncs with " + object.owner() + " in wave " + object.wave()
                        + ", which does not wait for it. Give " + object.owner() + " a later sync wave than " + crd.owner());
            }
        }
    }

    private void namespaces() {
        Map<String, List<PlatformObject>> namespaceObjects = new HashMap<>();
        for (PlatformObject ns : platform.ofKind("", "Namespace")) {
            namespaceObjects.computeIfAbsent(ns.name(), k -> new ArrayList<>()).add(ns);
        }
        Map<String, Boolean> reported = new HashMap<>();
        for (PlatformObject object : platform.objects) {
            String namespace = object.namespace();
            if (namespace.isEmpty() || object.kind().equals("Namespace")) {
                continue;
            }
            Optional<Application> app = platform.application(object.owner());
            boolean created = app.isPresent() && app.get().createsNamespace() && app.get().namespace().equals(namespace);
            boolean builtIn = targets.all("", "Namespace").stream().anyMatch(t -> t.name().equals(namespace) && t.wave() == Targets.ALWAYS);
            boolean earlier = namespaceObjects.getOrDefault(namespace, List.of()).stream().anyMatch(ns -> before(ns.owner(), ns.wave(), object));
            if (created || builtIn || earlier) {
                continue;
            }
            if (namespaceObjects.containsKey(namespace)) {
                PlatformObject ns = namespaceObjects.get(namespace).get(0);
                problemOnce(reported, namespace + object.owner(), object, "namespace " + namespace + " is created by Application " + ns.owner()
                        + " in wave " + wave(ns.wave()) + ", not before " + object.describe() + " syncs with " + object.owner() + " in wave " + object.wave()
                        + ". Give " + object.owner() + " a later wave, or the syncOption CreateNamespace=true with destination " + namespace);
            } else if (platform.unknownSource(namespace).isPresent()) {
                if (reported.putIfAbsent("skip" + namespace, true) == null) {
                    validation.skip(object.origin().file() + ": namespace " + namespace + " of " + object.describe() + " is created by nothing rendered; it may come from "
                            + platform.unknownSource(namespace).get() + "; not checked");
                }
            } else {
                problemOnce(reported, namespace + object.owner(), object, "namespace " + namespace + " of " + object.describe()
                        + " is created by nothing. Add a Namespace manifest in an earlier wave, or deploy it with destination " + namespace
                        + " and CreateNamespace=true");
            }
        }
    }

    /** With sync waves in use, Argo CD must wait for each Application's health; since 1.8 it does only when told to. */
    private void applicationHealth() {
        long waves = platform.applications.values().stream().map(Application::wave).distinct().count();
        if (waves < 2) {
            return;
        }
        List<PlatformObject> configs = platform.objects.stream()
                .filter(o -> o.group().isEmpty() && o.kind().equals("ConfigMap") && o.name().equals("argocd-cm")).toList();
        if (configs.isEmpty()) {
            if (platform.unknownSource("").isEmpty()) {
                PlatformObject first = platform.objects.stream().filter(o -> Application.is(o.body())).findFirst().orElse(null);
                if (first != null) {
                    validation.problem(first.problem("order", "the Applications use " + waves + " sync waves, but nothing in the platform configures"
                            + " Argo CD (no argocd-cm), so nothing tells it to wait for an Application's health and the waves order nothing."
                            + " Install Argo CD from this repository with the " + HEALTH_KEY + " health check"));
                }
            } else {
                validation.skip("Argo CD's configuration (argocd-cm) is not among the rendered objects; whether sync waves wait for health was not checked");
            }
            return;
        }
        for (PlatformObject config : configs) {
            JsonNode data = config.body().path("data");
            boolean told = !data.path(HEALTH_KEY).asText("").isBlank()
                    || data.path("resource.customizations").asText("").contains("argoproj.io/Application");
            if (!told) {
                validation.problem(platform.problem(config, "configs", "order", "the Applications use " + waves + " sync waves, but Argo CD's "
                        + config.describe() + " has no " + HEALTH_KEY + ": Argo CD (since 1.8) then takes every Application as healthy at once,"
                        + " so a wave does not wait for the one before. Add the Application health check (Lua) to argocd-cm"));
            }
        }
    }

    /** Whether something of {@code owner} in {@code wave} is in place before {@code object} syncs. */
    private static boolean before(String owner, int wave, PlatformObject object) {
        return owner.equals(object.owner()) || wave == Targets.ALWAYS || owner.equals(PlatformAssembly.BOOTSTRAP) || wave < object.wave();
    }

    private static String wave(int wave) {
        return wave == Targets.ALWAYS ? "(bootstrap)" : String.valueOf(wave);
    }

    /** Once per key, at the Application whose wave is the fix (else where the object is). */
    private void problemOnce(Map<String, Boolean> reported, String key, PlatformObject object, String message) {
        if (reported.putIfAbsent(key, true) == null) {
            Optional<Application> app = platform.application(object.owner());
            validation.problem(app.isPresent() ? new Problem(app.get().file(), Math.max(1, app.get().line()), "order", message)
                    : object.problem("order", message));
        }
    }
}
