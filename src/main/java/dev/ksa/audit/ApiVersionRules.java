package dev.ksa.audit;

import dev.ksa.inventory.KubeObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * api-removed and api-deprecated: the apiVersion an object is written in, or (in a live cluster,
 * which serves every object at a current version) the one it was last applied with. An API
 * removed in a later Kubernetes than the cluster's (known from its Nodes) is only deprecated there.
 */
final class ApiVersionRules implements Rule {
    private final List<DeprecatedApi> apis;

    ApiVersionRules(List<DeprecatedApi> apis) {
        this.apis = apis;
    }

    @Override
    public List<String> ids() {
        return List.of("api-removed", "api-deprecated");
    }

    @Override
    public void check(AuditContext context, Findings findings) {
        Optional<String> cluster = context.kubernetesVersion();
        for (KubeObject o : context.objects()) {
            Set<String> versions = new LinkedHashSet<>();
            versions.add(o.apiVersion());
            if (o.appliedApiVersion() != null) {
                versions.add(o.appliedApiVersion());
            }
            for (String apiVersion : versions) {
                Optional<DeprecatedApi> api = DeprecatedApi.find(apis, apiVersion, o.kind());
                if (api.isEmpty()) {
                    continue;
                }
                DeprecatedApi d = api.get();
                boolean removed = d.removedIn() != null
                        && (cluster.isEmpty() || Versions.compare(cluster.get(), d.removedIn() + ".0") >= 0);
                findings.add(removed ? "api-removed" : "api-deprecated", o, Findings.params()
                        .put("apiVersion", apiVersion).put("kind", o.kind())
                        .put("removedIn", d.removedIn()).put("deprecatedIn", d.deprecatedIn()).put("replacement", d.replacement()));
            }
        }
    }
}
