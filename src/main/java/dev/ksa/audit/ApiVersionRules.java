package dev.ksa.audit;

import dev.ksa.inventory.KubeObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * api-removed and api-deprecated: the apiVersion an object is written in, or (in a live cluster,
 * which serves every object at a current version) the one it was last applied with. Judged
 * against a Kubernetes version, as Pluto does: {@code --kubernetes-version}, else the cluster's
 * (from its Nodes). At or past {@code removedIn} it is removed; at or past {@code deprecatedIn},
 * deprecated; before that, nothing is reported. Without any version (plain files) every API that
 * has a removal is reported removed, the rest deprecated.
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
        Optional<String> version = context.judgedVersion();
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
                        && (version.isEmpty() || Versions.compare(version.get(), d.removedIn()) >= 0);
                boolean deprecated = version.isEmpty() || d.deprecatedIn() == null
                        || Versions.compare(version.get(), d.deprecatedIn()) >= 0;
                if (!removed && !deprecated) {
                    continue;
                }
                findings.add(removed ? "api-removed" : "api-deprecated", o, Findings.params()
                        .put("apiVersion", apiVersion).put("kind", o.kind())
                        .put("removedIn", d.removedIn()).put("deprecatedIn", d.deprecatedIn()).put("replacement", d.replacement()));
            }
        }
    }
}
