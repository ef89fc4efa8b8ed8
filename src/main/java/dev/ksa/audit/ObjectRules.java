package dev.ksa.audit;

import dev.ksa.catalog.Text;
import dev.ksa.inventory.FieldProblem;
import dev.ksa.inventory.KubeObject;
import java.util.List;
import java.util.Optional;

/** Rules on the objects themselves, whatever their kind: required fields, and apiVersion and kind that belong together. */
final class ObjectRules {
    private ObjectRules() {}

    /** object-invalid: one finding per object, naming what the reading found wrong with it. */
    static final class Invalid implements Rule {
        private static final java.util.Map<String, String> KO = java.util.Map.of("an object", "오브젝트(매핑)", "a list", "목록",
                "a non-empty string", "비어 있지 않은 문자열", "an integer", "정수", "true or false", "true 또는 false",
                "a valid label key", "올바른 레이블 키", "a valid label value", "올바른 레이블 값");

        static String korean(FieldProblem p) {
            return p.missing() ? p.path() + " 필드가 없습니다"
                    : p.path() + "는 " + KO.getOrDefault(p.expected(), p.expected()) + "이어야 하는데 " + p.found() + "입니다";
        }

        @Override
        public List<String> ids() {
            return List.of("object-invalid");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.objects()) {
                if (!o.problems().isEmpty()) {
                    List<String> ko = o.problems().stream().map(Invalid::korean).toList();
                    List<String> en = o.problems().stream().map(FieldProblem::toString).toList();
                    findings.add("object-invalid", o, Findings.params().put("problem", Text.of(String.join("; ", ko), String.join("; ", en))));
                }
            }
        }
    }

    /**
     * api-version-unknown: a built-in kind written in an API group or version that does not serve
     * it ({@code v1 Deployment}). APIs that were deprecated or removed are left to api-removed
     * and api-deprecated, which say when and what to move to.
     */
    static final class UnknownApiVersion implements Rule {
        private final ServedApis served;
        private final List<DeprecatedApi> deprecated;

        UnknownApiVersion(ServedApis served, List<DeprecatedApi> deprecated) {
            this.served = served;
            this.deprecated = deprecated;
        }

        @Override
        public List<String> ids() {
            return List.of("api-version-unknown");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.objects()) {
                String apiVersion = o.apiVersion();
                if (apiVersion == null || DeprecatedApi.find(deprecated, apiVersion, o.kind()).isPresent()) {
                    continue;
                }
                int slash = apiVersion.indexOf('/');
                String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
                Optional<ServedApis.Group> group = served.group(o.ref().group());
                if (group.isEmpty() || group.get().serves(version, o.kind())) {
                    continue;
                }
                List<String> right = served.apiVersionsOf(o.kind());
                boolean wrong = group.get().closed() || (!group.get().servesAnywhere(o.kind()) && !right.isEmpty());
                if (!wrong) {
                    continue;
                }
                Text expected = right.isEmpty()
                        ? Text.of("쿠버네티스의 기본 종류가 아니면 그 종류를 제공하는 CRD의 그룹을 쓰세요.",
                                "If it is not a built-in kind, use the group of the CRD that defines it.")
                        : Text.of(String.join(" 또는 ", right) + "을 쓰세요.", "Use " + String.join(" or ", right) + ".");
                findings.add("api-version-unknown", o, Findings.params().put("apiVersion", apiVersion).put("kind", o.kind())
                        .put("expected", expected));
            }
        }
    }
}
