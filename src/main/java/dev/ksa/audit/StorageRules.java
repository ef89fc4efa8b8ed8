package dev.ksa.audit;

import dev.ksa.catalog.Text;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import java.util.List;

/** Rules on PersistentVolumeClaims: pending claims and claims that rely on a default StorageClass nobody set. */
final class StorageRules {
    private StorageRules() {}

    /** pvc-pending. */
    static final class Pending implements Rule {
        @Override
        public List<String> ids() {
            return List.of("pvc-pending");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("PersistentVolumeClaim")) {
                if (o.details() instanceof Details.Claim claim && "Pending".equals(claim.phase())) {
                    findings.add("pvc-pending", o, Findings.params());
                }
            }
        }
    }

    /**
     * pvc-without-storage-class: claims (and StatefulSet claim templates) with no storageClassName,
     * when the StorageClasses are known (a live cluster, or files that include them) and none is the default.
     */
    static final class WithoutStorageClass implements Rule {
        @Override
        public List<String> ids() {
            return List.of("pvc-without-storage-class");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            List<KubeObject> classes = context.kind("StorageClass");
            if ((!context.live() && classes.isEmpty())
                    || classes.stream().anyMatch(c -> c.details() instanceof Details.StorageClass s && s.isDefault())) {
                return;
            }
            Text known = classes.isEmpty()
                    ? Text.of("클러스터에 스토리지클래스가 하나도 없습니다", "the cluster has no StorageClass at all")
                    : Text.of("기본 스토리지클래스로 지정된 것이 없습니다", "no StorageClass is marked as the default");
            for (KubeObject o : context.kind("PersistentVolumeClaim")) {
                if (o.details() instanceof Details.Claim claim && claim.storageClassName() == null && !"Bound".equals(claim.phase())) {
                    findings.add("pvc-without-storage-class", o, Findings.params().put("known", known));
                }
            }
            for (KubeObject o : context.kind("StatefulSet")) {
                for (Details.ClaimTemplate t : o.workload().claimTemplates()) {
                    if (t.storageClassName() == null) {
                        ObjectRef template = new ObjectRef(o.apiVersion(), o.kind(), o.namespace(), o.name());
                        findings.add("pvc-without-storage-class", template, o.location(), Findings.params().put("known", known)
                                .put("object", o.ref().display() + " volumeClaimTemplates[" + t.name() + "]"), null);
                    }
                }
            }
        }
    }
}
