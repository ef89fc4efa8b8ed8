package dev.ksa.render.provisioning;

import dev.ksa.plan.Profile;
import java.util.stream.Collectors;

/** provisioning/kubeadm/README.md: the exact commands, in order, for the files beside it. */
final class KubeadmReadme {
    private KubeadmReadme() {}

    static String render(ClusterFacts facts) {
        Profile.Node first = facts.controlPlanes().get(0);
        String version = facts.bareVersion();
        StringBuilder md = new StringBuilder();
        md.append("# kubeadm: the ").append(facts.platform()).append(" cluster\n\n")
                .append("Kubernetes ").append(facts.kubernetesVersion()).append(", API endpoint `").append(facts.endpoint()).append("`");
        if (facts.loadBalancerOnControlPlanes()) {
            md.append(" (HAProxy on every control plane forwards it to the API servers on port ").append(facts.bindPort()).append(")");
        }
        md.append(", pods ").append(facts.network().pods()).append(", Services ").append(facts.network().services())
                .append(", DNS domain ").append(facts.network().clusterDomain()).append(", ")
                .append(facts.kubeProxyReplaced() ? "no kube-proxy (the CNI replaces it)" : "kube-proxy in iptables mode").append(".\n\n");
        md.append("Run every command as root. Secrets are never in these files: the bootstrap token, the certificate key and the CA hash\n")
                .append("are `${KUBEADM_...}` placeholders that `envsubst` fills on the node.\n\n");
        int step = 1;
        md.append("## ").append(step++).append(". Every node\n\n")
                .append("- The host name is the node's name in platform.yaml (").append(facts.controlPlanes().stream().map(Profile.Node::name).collect(Collectors.joining(", ")))
                .append(facts.workers().isEmpty() ? "" : ", " + facts.workers().stream().map(Profile.Node::name).collect(Collectors.joining(", "))).append("): `hostnamectl set-hostname NAME`.\n")
                .append("- Swap off, `overlay` and `br_netfilter` loaded, `net.ipv4.ip_forward = 1`.\n")
                .append("- The container runtime with the systemd cgroup driver (containerd: `SystemdCgroup = true`), listening on `")
                .append(facts.runtime().criSocket() == null ? "its default socket" : facts.runtime().criSocket()).append("`.\n")
                .append("- kubeadm, kubelet and kubectl ").append(version).append(" (`apt-get install kubeadm=").append(version).append("-* kubelet=").append(version)
                .append("-* kubectl=").append(version).append("-*` from pkgs.k8s.io, or the site's mirror of it), held at that version.\n");
        facts.mirror().ifPresent(m -> md.append("- Air-gapped: copy `airgap/containerd/*/hosts.toml` to `/etc/containerd/certs.d/<registry>/hosts.toml` and set\n")
                .append("  `config_path = \"/etc/containerd/certs.d\"` in containerd's registry settings, so the pause image and everything else come from the mirror.\n")
                .append("  kubeadm itself pulls from `").append(m).append("`: the Harbor proxy-cache project for ").append(ClusterFacts.KUBERNETES_REGISTRY)
                .append(" (`airgap/harbor-projects.json`; create it if that file has none).\n"));
        md.append('\n');
        if (facts.loadBalancerOnControlPlanes()) {
            md.append("## ").append(step++).append(". The API load balancer, on every control plane\n\n")
                    .append("HAProxy and keepalived first: `kubeadm init` already talks to `").append(facts.endpoint()).append("`. See `../README.md`.\n\n");
        } else if (facts.vip() != null) {
            md.append("## ").append(step++).append(". The API load balancer\n\n")
                    .append("`").append(facts.endpoint()).append("` must forward to port ").append(facts.bindPort()).append(" of every control plane before `kubeadm init`.\n\n");
        }
        if (facts.oidc().isPresent()) {
            md.append("## ").append(step++).append(". The authentication configuration, on every control plane\n\n")
                    .append("The API server reads it at start; it names no issuer yet, the last step adds it")
                    .append(":\n\n```sh\ninstall -d -m 0700 ").append(ClusterFacts.AUTHENTICATION_DIRECTORY)
                    .append("\ninstall -m 0600 authentication-config.yaml ").append(KubeadmFiles.AUTHENTICATION_FILE).append("\n```\n\n");
        }
        md.append("## ").append(step++).append(". The first control plane, ").append(first.name()).append(" (").append(first.ip()).append(")\n\n```sh\n")
                .append("export KUBEADM_TOKEN=\"$(kubeadm token generate)\"\n");
        if (facts.controlPlanes().size() > 1) {
            md.append("export KUBEADM_CERTIFICATE_KEY=\"$(kubeadm certs certificate-key)\"\n");
        }
        md.append("envsubst '$KUBEADM_TOKEN $KUBEADM_CERTIFICATE_KEY' < init-").append(first.name()).append(".yaml > /root/kubeadm-init.yaml\n")
                .append("kubeadm config images pull --config /root/kubeadm-init.yaml").append(facts.mirror().isPresent() ? "   # from the mirror" : "").append('\n')
                .append("kubeadm init --config /root/kubeadm-init.yaml --upload-certs\n")
                .append("export KUBEADM_CA_CERT_HASH=\"$(openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der | openssl dgst -sha256 -hex | sed 's/^.* //')\"\n")
                .append("mkdir -p ~/.kube && install -m 0600 /etc/kubernetes/admin.conf ~/.kube/config\n```\n\n")
                .append("Keep the three `KUBEADM_...` values for the next steps. The token lasts 24 hours (`kubeadm token create` makes another); the\n")
                .append("uploaded certificates last 2 hours (`kubeadm init phase upload-certs --upload-certs --certificate-key \"$KUBEADM_CERTIFICATE_KEY\"` uploads them again).\n\n");
        if (facts.controlPlanes().size() > 1) {
            md.append("## ").append(step++).append(". The other control planes, one at a time\n\n```sh\n");
            for (Profile.Node node : facts.controlPlanes().subList(1, facts.controlPlanes().size())) {
                md.append("# on ").append(node.name()).append(" (").append(node.ip()).append("), with the three KUBEADM_ values exported\n")
                        .append("envsubst '$KUBEADM_TOKEN $KUBEADM_CERTIFICATE_KEY $KUBEADM_CA_CERT_HASH' < join-").append(node.name()).append(".yaml > /root/kubeadm-join.yaml\n")
                        .append("envsubst '$KUBEADM_TOKEN $KUBEADM_CERTIFICATE_KEY' < init-").append(first.name())
                        .append(".yaml > /root/kubeadm-images.yaml && kubeadm config images pull --config /root/kubeadm-images.yaml\n")
                        .append("kubeadm join --config /root/kubeadm-join.yaml\n");
            }
            md.append("```\n\n");
        }
        if (!facts.workers().isEmpty()) {
            md.append("## ").append(step++).append(". The workers\n\n```sh\n# on each of ")
                    .append(facts.workers().stream().map(Profile.Node::name).collect(Collectors.joining(", "))).append('\n')
                    .append("envsubst '$KUBEADM_TOKEN $KUBEADM_CA_CERT_HASH' < join-worker.yaml > /root/kubeadm-join.yaml\n")
                    .append("kubeadm join --config /root/kubeadm-join.yaml\n```\n\n");
        }
        md.append("## ").append(step++).append(". The platform\n\n")
                .append("The nodes stay NotReady until the CNI runs: from the repository root, `sh bootstrap/install.sh` installs it and Argo CD,\n")
                .append("then Argo CD builds the rest (see the repository's README).\n\n");
        if (facts.oidc().isPresent()) {
            ProvisioningData.ApiServerOidc oidc = facts.oidc().get();
            md.append("## ").append(step).append(". Sign-in through the platform's identity provider\n\n")
                    .append("When it runs, trust its issuer `").append(oidc.issuer()).append("`. Its TLS certificate is signed by the platform CA,\n")
                    .append("which the API server must trust: `oidc-authentication.sh` inlines that CA into the configuration.\n\n```sh\n")
                    .append(facts.platformCa().map(ca -> "kubectl -n " + ca.namespace() + " get secret " + ca.secret() + " -o jsonpath='{.data." + ca.key().replace(".", "\\.")
                            + "}' | base64 -d > platform-ca.crt\n").orElse(""))
                    .append("sh oidc-authentication.sh platform-ca.crt > authentication-config.yaml\n")
                    .append("# copy it to every control plane; the API server reloads it without a restart\n")
                    .append("install -m 0600 authentication-config.yaml ").append(KubeadmFiles.AUTHENTICATION_FILE).append('\n')
                    .append("kubectl create clusterrolebinding platform-admins --clusterrole=cluster-admin --group='").append(oidc.groupsPrefix()).append("platform-admins'\n```\n\n")
                    .append("Users then sign in with the `").append(oidc.audience()).append("` client, e.g. `kubectl oidc-login`; their names and groups carry the `")
                    .append(oidc.usernamePrefix()).append("` prefix.\n\n");
        }
        md.append("## Monitoring\n\nThe control plane serves the metrics the platform's Prometheus scrapes: kube-controller-manager (10257) and kube-scheduler\n")
                .append("(10259) bind ").append(KubeadmFiles.METRICS_BIND).append(", etcd serves `").append(KubeadmFiles.ETCD_METRICS).append("`")
                .append(facts.kubeProxyReplaced() ? "" : ", kube-proxy `" + KubeadmFiles.KUBE_PROXY_METRICS + "`")
                .append(". Let the nodes reach these ports, and nothing else.\n");
        return md.toString();
    }
}
