package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the rule-relevant part of a pod spec and the images it names. */
final class PodSpecReader {
    private final Interner interner;

    PodSpecReader(Interner interner) {
        this.interner = interner;
    }

    /**
     * @param spec the pod spec ({@code spec} of a Pod, {@code spec.template.spec} of a workload)
     * @param labels the pod labels (a Pod's own, or the template's)
     * @param path how {@code spec} is reached, for evidence ({@code spec.template.spec})
     */
    PodSpec read(JsonNode spec, Map<String, String> labels, String path, List<ImageUse> images) {
        List<Container> containers = containers(spec, "containers", path, images);
        List<Container> init = containers(spec, "initContainers", path, images);
        containers(spec, "ephemeralContainers", path, images);
        List<String> hostPaths = new ArrayList<>();
        for (JsonNode volume : Fields.array(spec, "volumes")) {
            String hostPath = Fields.text(volume, "hostPath", "path");
            if (hostPath != null) {
                hostPaths.add(interner.intern(Fields.text(volume, "name") + "=" + hostPath));
            }
        }
        List<PodSpec.Toleration> tolerations = new ArrayList<>();
        for (JsonNode t : Fields.array(spec, "tolerations")) {
            tolerations.add(new PodSpec.Toleration(interner.intern(Fields.text(t, "key")),
                    operator(Fields.text(t, "operator")), Fields.text(t, "value"), interner.intern(Fields.text(t, "effect"))));
        }
        return new PodSpec(labels, containers, init, hostPaths, tolerations,
                Fields.bool(spec, "hostNetwork"), Fields.bool(spec, "hostPID"), Fields.bool(spec, "hostIPC"),
                security(Fields.at(spec, "securityContext")));
    }

    private static String operator(String op) {
        return op == null || op.isEmpty() ? "Equal" : op;
    }

    private List<Container> containers(JsonNode spec, String field, String path, List<ImageUse> images) {
        List<Container> out = new ArrayList<>();
        int index = 0;
        for (JsonNode c : Fields.array(spec, field)) {
            if (!c.isObject()) {
                index++;
                continue;
            }
            String name = interner.intern(Fields.text(c, "name"));
            String image = interner.intern(Fields.text(c, "image"));
            if (image != null) {
                images.add(new ImageUse(image, interner.intern(path + "." + field + "[" + (name != null ? name : String.valueOf(index)) + "].image")));
            }
            List<Integer> hostPorts = new ArrayList<>();
            for (JsonNode port : Fields.array(c, "ports")) {
                Integer hostPort = Fields.integer(port, "hostPort");
                if (hostPort != null && hostPort > 0) {
                    hostPorts.add(hostPort);
                }
            }
            out.add(new Container(name, image, resourceNames(Fields.at(c, "resources", "requests")),
                    resourceNames(Fields.at(c, "resources", "limits")),
                    Fields.present(c, "readinessProbe"), Fields.present(c, "livenessProbe"), Fields.present(c, "startupProbe"),
                    hostPorts, security(Fields.at(c, "securityContext"))));
            index++;
        }
        return out;
    }

    /** A pod's or a container's securityContext; the pod's has no capabilities or privileged, which stay unset. */
    private Container.SecurityContext security(JsonNode context) {
        if (context == null || !context.isObject()) {
            return Container.SecurityContext.NONE;
        }
        String seccomp = Fields.text(context, "seccompProfile", "type");
        return new Container.SecurityContext(Fields.optionalBool(context, "privileged"),
                Fields.optionalBool(context, "allowPrivilegeEscalation"), Fields.optionalBool(context, "runAsNonRoot"),
                Fields.longValue(context, "runAsUser"), Fields.optionalBool(context, "readOnlyRootFilesystem"),
                capabilities(Fields.at(context, "capabilities", "add")), capabilities(Fields.at(context, "capabilities", "drop")),
                seccomp == null ? null : interner.intern(seccomp));
    }

    private List<String> capabilities(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode c : list) {
                if (!c.isContainerNode() && !c.isNull()) {
                    String name = c.asText().trim().toUpperCase(Locale.ROOT);
                    out.add(interner.intern(name.startsWith("CAP_") ? name.substring(4) : name));
                }
            }
        }
        return out;
    }

    private Set<String> resourceNames(JsonNode resources) {
        if (resources == null || !resources.isObject()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        resources.fieldNames().forEachRemaining(n -> {
            JsonNode v = resources.get(n);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                names.add(interner.intern(n));
            }
        });
        return names;
    }
}
