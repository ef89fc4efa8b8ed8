package dev.ksa.plan;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Text;
import java.util.Optional;

/**
 * Where backups end up: a planned backup tool that keeps them in object storage the cluster itself
 * runs (Ceph's RGW on-prem) loses them with the cluster it was meant to restore, so the plan warns
 * unless {@code spec.backup.s3} names a target outside it.
 */
final class BackupTarget {
    private BackupTarget() {}

    static void warnings(Draft draft) {
        if (draft.profile.spec().backup() != null && draft.profile.spec().backup().s3() != null) {
            return;
        }
        Optional<Component> backup = inCluster(draft, "backup");
        if (backup.isEmpty() || !backup.get().requires().contains("object-storage") || draft.environment.provides().contains("object-storage")) {
            return;
        }
        inCluster(draft, "object-storage").ifPresent(store -> draft.warn("backup-on-same-cluster", PlanWarning.Severity.WARNING, backup.get().id(), "backup",
                Text.of(backup.get().name() + "는 백업을 " + store.name() + "의 버킷에 두는데, " + store.name() + "는 백업하는 바로 그 클러스터에서 돕니다. 클러스터를 잃으면 백업도 함께 잃습니다. "
                                + "spec.backup.s3에 클러스터 밖의 S3 호환 저장소(url, bucket, region)를 지정하고 키는 부트스트랩 시크릿 velero-s3에 넣으세요.",
                        backup.get().name() + " keeps its backups in a bucket of " + store.name() + ", which runs on the very cluster it backs up: losing the cluster loses the backups too. "
                                + "Set spec.backup.s3 to an S3-compatible target outside the cluster (url, bucket, region) and put its keys in the bootstrap Secret velero-s3.")));
    }

    private static Optional<Component> inCluster(Draft draft, String capability) {
        return draft.planned.values().stream().map(e -> e.component)
                .filter(c -> c.inCluster() && c.provides().contains(capability)).findFirst();
    }
}
