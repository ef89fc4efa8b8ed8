package dev.ksa.validate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argo CD tracks an object by group, kind, namespace and name; two Applications that both manage one
 * fight over it (each sync undoes the other, pruning one deletes it for both). Hooks are left out:
 * Argo CD runs them, it does not keep them.
 */
final class OwnershipCheck {
    private OwnershipCheck() {}

    static void run(Platform platform, PlatformAssembly.Validation validation) {
        Map<String, PlatformObject> owners = new LinkedHashMap<>();
        for (PlatformObject object : platform.objects) {
            if (object.hook() || object.name().isEmpty()) {
                continue;
            }
            PlatformObject first = owners.putIfAbsent(object.key(), object);
            if (first != null && !first.owner().equals(object.owner())) {
                validation.problem(object.problem("ownership", object.describe() + " is managed by Application " + object.owner()
                        + " and also by Application " + first.owner() + " (" + first.origin().display() + "); they would undo each other's"
                        + " syncs and pruning one deletes it for both. Let one Application own it: turn it off in the other's values or manifests"));
            }
        }
    }
}
