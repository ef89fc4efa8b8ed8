package dev.ksa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cluster's addresses against each other: errors with the fix (exit 2), warnings in the plan. */
class ClusterNetworkChecksTest {

    /** Three control planes and two workers on 192.168.10.0/24, VIP .10, range .200-.250; {@code extra} goes under cluster. */
    static String profile(String cluster, String extra) {
        return """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: net}
                spec:
                  edition: "2026"
                  environment: on-prem
                  domain: net.internal
                  gitops: {repoURL: https://git.net.internal/platform.git}
                  cluster:
                """ + (cluster == null ? """
                    apiServer: {vip: 192.168.10.10, port: 6443, interface: ens192}
                    nodes:
                      - {name: cp1, ip: 192.168.10.11, role: control-plane}
                      - {name: cp2, ip: 192.168.10.12, role: control-plane}
                      - {name: cp3, ip: 192.168.10.13, role: control-plane}
                      - {name: w1, ip: 192.168.10.21, role: worker}
                      - {name: w2, ip: 192.168.10.22, role: worker}
                    loadBalancerRange: 192.168.10.200-192.168.10.250
                """ : cluster) + (extra == null ? "" : extra.lines().map(l -> "    " + l + "\n").reduce("", String::concat));
    }

    static String mutate(String find, String replace) {
        String base = profile(null, null);
        assertThat(base).contains(find);
        return base.replace(find, replace);
    }

    @Nested
    @DisplayName("errors: the profile cannot work as written")
    class Errors {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "VIP equals a node | vip: 192.168.10.10 | vip: 192.168.10.12 | platform.yaml:10:22: the API server VIP 192.168.10.12 is also a node address | such as 192.168.10.10",
            "VIP far from the nodes | vip: 192.168.10.10 | vip: 10.1.1.1 | cannot share a subnet with the nodes (192.168.10.0/24) | such as 192.168.10.10",
            "VIP in the LB range | vip: 192.168.10.10 | vip: 192.168.10.220 | is inside spec.cluster.loadBalancerRange | such as 192.168.10.10",
            "duplicate name | {name: cp2, ip: 192.168.10.12 | {name: cp1, ip: 192.168.10.12 | node name 'cp1' is used twice | unique",
            "duplicate address | {name: w2, ip: 192.168.10.22 | {name: w2, ip: 192.168.10.21 | address 192.168.10.21 is used by two nodes | own address",
            "node in the LB range | {name: w2, ip: 192.168.10.22 | {name: w2, ip: 192.168.10.222 | node w2 (192.168.10.222) is inside spec.cluster.loadBalancerRange | out of the range",
        })
        void badAddresses_areErrorsWithTheFix(String name, String find, String replace, String message, String fix) {
            assertThatThrownBy(() -> Profiles.plan(mutate(find, replace))).isInstanceOf(UserError.class)
                    .hasMessageContaining(message).hasMessageContaining(fix);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "pods over the nodes | podCidr: 192.168.0.0/16 | the pod block 192.168.0.0/16 overlaps the node network 192.168.10.0/24 | such as 10.244.0.0/16",
            "pods over Services | podCidr: 10.96.0.0/16 | the pod block 10.96.0.0/16 overlaps the Service block 10.96.0.0/12 | e.g. podCidr:",
            "Services over the nodes | serviceCidr: 192.168.0.0/16 | the Service block 192.168.0.0/16 overlaps the node network | such as",
            "pods too small | podCidr: 10.244.0.0/23 | has room for 2 nodes (a /24 each) but the cluster has 5 | Use a /21 or wider",
            "not a network address | podCidr: 10.244.1.0/16 | is not a network address with its prefix | Write 10.244.0.0/16",
            "Services too large | serviceCidr: 10.0.0.0/8 | larger than the API server accepts | /12 to /24",
            "VIP outside the given network | nodeNetwork: 192.168.10.0/28 | is outside spec.cluster.nodeNetwork 192.168.10.0/28 | Correct the address",
        })
        void badBlocks_areErrorsWithTheFix(String name, String extra, String message, String fix) {
            assertThatThrownBy(() -> Profiles.plan(profile(null, extra))).isInstanceOf(UserError.class)
                    .hasMessageContaining(message).hasMessageContaining(fix);
        }

        @Test
        void defaultPodBlock_overlappingTheNodes_namesTheFieldToSet() {
            String onTheDefault = mutate("192.168.10.", "10.244.3.");
            assertThatThrownBy(() -> Profiles.plan(onTheDefault)).isInstanceOf(UserError.class)
                    .hasMessageContaining("the pod block 10.244.0.0/16 (the default) overlaps the node network 10.244.3.0/24")
                    .hasMessageContaining("Set spec.cluster.podCidr to a free block such as 10.42.0.0/16");
        }
    }

    @Nested
    @DisplayName("warnings: it may work, but probably not as meant")
    class Warnings {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "even control planes | {name: cp3, ip: 192.168.10.13, role: control-plane} | {name: cp3, ip: 192.168.10.13, role: worker} | control-planes-even | warning",
            "VIP beside the /24 | vip: 192.168.10.10 | vip: 192.168.11.10 | api-vip-outside-node-network | warning",
            "LB range elsewhere | loadBalancerRange: 192.168.10.200-192.168.10.250 | loadBalancerRange: 192.168.20.200-192.168.20.250 | load-balancer-range-outside-node-network | warning",
            "no interface | , interface: ens192} | } | api-interface-default | info",
            "bind port is the endpoint's | port: 6443, interface | port: 6443, bindPort: 6443, interface | api-port-clash | error",
            "old Kubernetes | apiServer: | kubernetesVersion: v1.30.4\\n    apiServer: | kubernetes-too-old-for-kubeadm | error",
        })
        void layout_warns(String name, String find, String replace, String code, String severity) {
            Plan plan = Profiles.plan(mutate(find, replace.replace("\\n", "\n")));
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo(code);
                assertThat(w.severity().id()).isEqualTo(severity);
            });
        }

        @Test
        void noNodes_warnsThatNoProvisioningFilesCanBeWritten() {
            Plan plan = Profiles.plan(Profiles.onPrem("2026", ""));
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("nodes-missing"));
        }

        @Test
        void theBaseProfile_isClean() {
            Plan plan = Profiles.plan(profile(null, null));
            assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w.category()).isIn("provisioning", "api-load-balancer"));
        }

        @Test
        void aCloudProfile_getsNoClusterNetworkWarnings() {
            Plan plan = Profiles.plan(Profiles.cloud("aws", ""));
            assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w.code()).isIn("nodes-missing", "control-planes-even"));
        }
    }
}
