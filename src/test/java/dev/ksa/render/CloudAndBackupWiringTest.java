package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.plan.PlanWarning;
import dev.ksa.plan.ProfileReader;
import dev.ksa.support.UserError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** AWS: the StorageClass exists, IAM through Pod Identity agrees with the values; backups: volume data, a target, credentials. */
class CloudAndBackupWiringTest {

    @Test
    void aws_theStorageClassTheValuesUseIsWritten_asTheDefaultGp3OfTheEbsCsiDriver() throws Exception {
        JsonNode storageClass = FeatureProfiles.ofKind("aws", "platform/environment/storage-class.yaml", "StorageClass");
        assertThat(storageClass.at("/metadata/name").asText()).isEqualTo("gp3");
        assertThat(storageClass.at("/provisioner").asText()).isEqualTo("ebs.csi.aws.com");
        assertThat(storageClass.at("/metadata/annotations/storageclass.kubernetes.io~1is-default-class").asText()).isEqualTo("true");
        assertThat(storageClass.at("/volumeBindingMode").asText()).isEqualTo("WaitForFirstConsumer");
        assertThat(FeatureProfiles.wave("aws", "platform-environment")).isZero();
        assertThat(FeatureProfiles.document("aws", "values/vault.yaml").at("/server/dataStorage/storageClass").asText()).isEqualTo("gp3");
        assertThat(FeatureProfiles.tree("on-prem-single").files()).as("on-prem has Ceph's classes").doesNotContainKey("platform/environment/storage-class.yaml");
    }

    @Test
    void aws_everyPodIdentityAssociation_namesTheServiceAccountTheValuesGive() throws Exception {
        FileTree tree = FeatureProfiles.tree("aws");
        String iam = tree.get("provisioning/terraform/iam.tf");
        Matcher association = Pattern.compile("resource \"aws_eks_pod_identity_association\" \"(\\w+)\" \\{[^}]*namespace\\s*=\\s*\"([^\"]+)\"[^}]*service_account\\s*=\\s*\"([^\"]+)\"")
                .matcher(iam);
        int found = 0;
        while (association.find()) {
            String release = association.group(1).replace('_', '-');
            String serviceAccount = association.group(3);
            JsonNode values = FeatureProfiles.document("aws", "values/" + release + ".yaml");
            List<String> named = values.findValuesAsText("name");
            assertThat(named).as("values/%s.yaml names service account %s", release, serviceAccount).contains(serviceAccount);
            found++;
        }
        assertThat(found).as("Pod Identity associations in iam.tf").isGreaterThanOrEqualTo(4);
        JsonNode velero = FeatureProfiles.document("aws", "values/velero.yaml");
        assertThat(velero.at("/serviceAccount/server/name").asText()).isEqualTo("velero-server");
        assertThat(velero.at("/credentials/useSecret").asBoolean()).as("Pod Identity, no keys").isFalse();
        assertThat(velero.at("/credentials/extraSecretRef").isMissingNode()).isTrue();
        String bucket = velero.at("/configuration/backupStorageLocation/0/bucket").asText();
        assertThat(iam).containsPattern("bucket\\s*=\\s*\"" + bucket + "\"");
        assertThat(velero.at("/configuration/backupStorageLocation/0/config/region").asText()).isEqualTo("ap-northeast-2");
        JsonNode tempo = FeatureProfiles.document("aws", "values/tempo.yaml");
        assertThat(iam).containsPattern("bucket\\s*=\\s*\"" + tempo.at("/tempo/storage/trace/s3/bucket").asText() + "\"");
        assertThat(tempo.at("/tempo/extraEnvFrom").isMissingNode()).isTrue();
        JsonNode externalDns = FeatureProfiles.document("aws", "values/external-dns.yaml");
        assertThat(externalDns.at("/provider/name").asText()).isEqualTo("aws");
        assertThat(externalDns.at("/env/0/value").asText()).isEqualTo("ap-northeast-2");
    }

    @Test
    void aws_readmeSpeaksOfRoute53_notRfc2136() {
        String readme = FeatureProfiles.tree("aws").get("README.md");
        assertThat(readme).contains("Route 53 hosted zone of platform.cloudy.example.com").doesNotContain("RFC 2136").doesNotContain("rfc2136");
        assertThat(FeatureProfiles.tree("on-prem-single").get("README.md")).contains("RFC 2136").doesNotContain("Route 53");
    }

    @Test
    void velero_backsUpVolumeData_withTheNodeAgent() throws Exception {
        for (String profile : FeatureProfiles.ALL) {
            JsonNode values = FeatureProfiles.document(profile, "values/velero.yaml");
            assertThat(values.at("/deployNodeAgent").asBoolean()).as(profile).isTrue();
            assertThat(values.at("/configuration/defaultVolumesToFsBackup").asBoolean()).as(profile).isTrue();
            assertThat(values.at("/schedules/daily/template/defaultVolumesToFsBackup").asBoolean()).as(profile).isTrue();
        }
    }

    @Test
    void onPrem_backupsOnTheClustersOwnCeph_readTheClaimsSecret_andThePlanWarns() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-single", "values/velero.yaml");
        JsonNode claim = FeatureProfiles.ofKind("on-prem-single", "platform/velero/bucket.yaml", "ObjectBucketClaim");
        assertThat(values.at("/credentials/useSecret").asBoolean()).isFalse();
        assertThat(values.at("/credentials/extraSecretRef").asText()).as("Rook writes the keys into a Secret named after the claim")
                .isEqualTo(claim.at("/metadata/name").asText());
        assertThat(values.at("/configuration/backupStorageLocation/0/bucket").asText()).isEqualTo(claim.at("/spec/bucketName").asText());
        assertThat(FeatureProfiles.wave("on-prem-single", "platform-velero")).as("the claim (and its Secret) comes with Velero, not after it")
                .isLessThanOrEqualTo(FeatureProfiles.wave("on-prem-single", "velero"));
        assertThat(FeatureProfiles.plan("on-prem-single").warnings()).anyMatch(w -> w.code().equals("backup-on-same-cluster")
                && w.severity() == PlanWarning.Severity.WARNING && w.message().en().contains("spec.backup.s3"));
        JsonNode tempo = FeatureProfiles.document("on-prem-single", "values/tempo.yaml");
        JsonNode traces = FeatureProfiles.ofKind("on-prem-single", "platform/tempo/bucket.yaml", "ObjectBucketClaim");
        assertThat(tempo.at("/tempo/extraEnvFrom/0/secretRef/name").asText()).isEqualTo(traces.at("/metadata/name").asText());
    }

    @Test
    void onPrem_anExternalS3Target_takesTheBackups_withKeysFromABootstrapSecret() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-ha", "values/velero.yaml");
        JsonNode location = values.at("/configuration/backupStorageLocation/0");
        assertThat(location.at("/config/s3Url").asText()).isEqualTo("https://s3.backup.corp.internal");
        assertThat(location.at("/bucket").asText()).isEqualTo("allon-velero");
        assertThat(location.at("/config/region").asText()).isEqualTo("kr-seoul-1");
        assertThat(values.at("/configuration/backupStorageLocation").size()).isEqualTo(1);
        assertThat(values.at("/initContainers").size()).as("one plugin").isEqualTo(1);
        assertThat(values.at("/credentials/extraSecretRef").asText()).isEqualTo("velero-s3");
        assertThat(FeatureProfiles.tree("on-prem-ha").files()).doesNotContainKey("platform/velero/bucket.yaml");
        assertThat(FeatureProfiles.tree("on-prem-ha").get("README.md")).contains("velero-s3");
        assertThat(FeatureProfiles.plan("on-prem-ha").warnings()).noneMatch(w -> w.code().equals("backup-on-same-cluster"));
        assertThat(FeatureProfiles.plan("aws").warnings()).as("the provider's S3 is off the cluster").noneMatch(w -> w.code().equals("backup-on-same-cluster"));
    }

    @Test
    void profileFields_areCheckedWhereTheyAreWritten() {
        String head = "apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: p}\nspec:\n  edition: \"2026\"\n  environment: on-prem\n";
        assertThatThrownBy(() -> ProfileReader.parse(head + "  backup:\n    s3: {bucket: b}\n", "platform.yaml"))
                .isInstanceOf(UserError.class).hasMessageStartingWith("platform.yaml:8:").hasMessageContaining("url");
        assertThatThrownBy(() -> ProfileReader.parse(head + "  multiCluster: {dnsServers: [dns.corp.internal]}\n", "platform.yaml"))
                .isInstanceOf(UserError.class).hasMessageStartingWith("platform.yaml:7:").hasMessageContaining("dns.corp.internal");
        var profile = ProfileReader.parse(head + "  backup:\n    s3: {url: \"http://10.0.0.5:9000\", bucket: backups}\n", "platform.yaml");
        assertThat(profile.spec().backup().s3().region()).as("what most S3-compatible stores accept").isEqualTo("us-east-1");
    }
}
