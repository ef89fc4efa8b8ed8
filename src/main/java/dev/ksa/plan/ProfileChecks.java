package dev.ksa.plan;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Environment;
import dev.ksa.catalog.SpdxLicenseList;
import dev.ksa.support.Suggestions;
import dev.ksa.support.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the schema cannot know: that edition, features, categories and component ids exist in the
 * catalog, that a chosen component belongs to the category it is chosen for, and that the cluster
 * description agrees with itself (counts, names, addresses; its blocks in {@link ClusterNetworkChecks}). Each problem names file:line:column and the closest valid value.
 */
final class ProfileChecks {
    private ProfileChecks() {}

    static void check(Profile profile, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        Profile.Spec spec = profile.spec();
        if (catalog.editions().stream().noneMatch(e -> e.id().equals(spec.edition()))) {
            Set<String> ids = new TreeSet<>();
            catalog.editions().forEach(e -> ids.add(e.id()));
            problems.add(profile.at("/spec/edition") + ": unknown edition '" + spec.edition() + "'." + Suggestions.didYouMean(spec.edition(), ids)
                    + " Editions: " + String.join(", ", ids) + " (ksa catalog editions)");
        }
        Set<String> features = new TreeSet<>();
        catalog.categories().stream().map(Category::feature).filter(Objects::nonNull).forEach(features::add);
        for (int i = 0; i < spec.features().size(); i++) {
            String feature = spec.features().get(i);
            if (!features.contains(feature)) {
                problems.add(profile.at("/spec/features/" + i) + ": unknown feature '" + feature + "'." + Suggestions.didYouMean(feature, features)
                        + " Features: " + String.join(", ", features));
            }
        }
        Set<String> categories = new TreeSet<>();
        catalog.categories().forEach(c -> categories.add(c.id()));
        Set<String> ids = new TreeSet<>();
        catalog.components().forEach(c -> ids.add(c.id()));
        for (Map.Entry<String, String> choice : spec.choose().entrySet()) {
            String pointer = "/spec/choose/" + SourceMap.segment(choice.getKey());
            if (!categories.contains(choice.getKey())) {
                Component asComponent = catalog.find(choice.getKey()).orElse(null);
                String hint = asComponent != null ? " '" + choice.getKey() + "' is a component; write choose: {" + asComponent.category() + ": " + choice.getKey() + "}"
                        : Suggestions.didYouMean(choice.getKey(), categories);
                problems.add(profile.atKey(pointer) + ": unknown category '" + choice.getKey() + "' in spec.choose." + hint
                        + " (ksa catalog list shows the categories)");
                continue;
            }
            Component component = catalog.find(choice.getValue()).orElse(null);
            if (component == null) {
                problems.add(profile.at(pointer) + ": unknown component '" + choice.getValue() + "' in spec.choose." + choice.getKey() + "."
                        + Suggestions.didYouMean(choice.getValue(), catalog.inCategory(choice.getKey()).stream().map(Component::id).toList().isEmpty()
                                ? ids : catalog.inCategory(choice.getKey()).stream().map(Component::id).toList())
                        + " (ksa catalog list --category " + choice.getKey() + ")");
            } else if (!component.category().equals(choice.getKey())) {
                List<String> fitting = catalog.inCategory(choice.getKey()).stream().map(Component::id).toList();
                problems.add(profile.at(pointer) + ": " + component.id() + " is a " + component.category() + " component, not " + choice.getKey()
                        + ". Write choose: {" + component.category() + ": " + component.id() + "}"
                        + (fitting.isEmpty() ? "" : ", or pick one of " + String.join(", ", fitting) + " for " + choice.getKey()));
            } else if (spec.exclude().contains(component.id())) {
                problems.add(profile.at(pointer) + ": " + component.id() + " is both chosen and excluded (spec.exclude). Remove one of the two");
            }
        }
        for (int i = 0; i < spec.exclude().size(); i++) {
            String id = spec.exclude().get(i);
            if (!ids.contains(id)) {
                problems.add(profile.at("/spec/exclude/" + i) + ": unknown component '" + id + "' in spec.exclude." + Suggestions.didYouMean(id, ids)
                        + " (ksa catalog list)");
            }
        }
        List<String> denied = spec.policy().denyLicenses();
        for (int i = 0; i < denied.size(); i++) {
            SpdxLicenseList spdx = SpdxLicenseList.get();
            if (spdx.normalize(denied.get(i)).isEmpty()) {
                problems.add(profile.at("/spec/policy/denyLicenses/" + i) + ": '" + denied.get(i) + "' is not an SPDX license id (SPDX License List "
                        + spdx.version() + ")." + spdx.suggest(denied.get(i)).map(s -> " Did you mean '" + s + "'?").orElse("")
                        + " Use ids such as AGPL-3.0-only, BUSL-1.1, SSPL-1.0 (https://spdx.org/licenses/)");
            }
        }
        Environment environment = catalog.environment(spec.environment());
        checkCluster(profile, environment, problems);
        if (problems.isEmpty()) {
            ClusterNetworkChecks.errors(profile, environment, problems);
        }
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\nksa: ", problems));
        }
    }

    private static void checkCluster(Profile profile, Environment environment, List<String> problems) {
        Profile.Cluster cluster = profile.spec().cluster();
        if (cluster.nodes().isEmpty()) {
            return;
        }
        long controlPlanes = cluster.nodes().stream().filter(n -> n.role().equals("control-plane")).count();
        long workers = cluster.nodes().size() - controlPlanes;
        if (cluster.controlPlanes() != null && cluster.controlPlanes() != controlPlanes) {
            problems.add(profile.at("/spec/cluster/controlPlanes") + ": controlPlanes is " + cluster.controlPlanes() + " but spec.cluster.nodes lists "
                    + controlPlanes + " control-plane nodes. Make them agree (or leave controlPlanes out)");
        }
        if (cluster.workers() != null && cluster.workers() != workers) {
            problems.add(profile.at("/spec/cluster/workers") + ": workers is " + cluster.workers() + " but spec.cluster.nodes lists "
                    + workers + " workers. Make them agree (or leave workers out)");
        }
        Set<String> names = new TreeSet<>();
        Set<String> ips = new TreeSet<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Profile.Node node = cluster.nodes().get(i);
            if (!names.add(node.name())) {
                problems.add(profile.at("/spec/cluster/nodes/" + i + "/name") + ": node name '" + node.name() + "' is used twice. Node names must be unique");
            }
            if (!ips.add(node.ip())) {
                problems.add(profile.at("/spec/cluster/nodes/" + i + "/ip") + ": address " + node.ip() + " is used by two nodes. Give each node its own address");
            }
        }
        if (cluster.apiServer() != null && cluster.apiServer().vip() != null && ips.contains(cluster.apiServer().vip())) {
            problems.add(profile.at("/spec/cluster/apiServer/vip") + ": the API server VIP " + cluster.apiServer().vip()
                    + " is also a node address. The VIP must be a free address keepalived can move between the load balancers"
                    + ClusterNetwork.of(profile, environment).freeAddress().map(a -> ", such as " + a).orElse(""));
        }
    }
}
