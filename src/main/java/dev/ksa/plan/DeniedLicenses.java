package dev.ksa.plan;

import dev.ksa.catalog.SpdxLicenseList;
import dev.ksa.catalog.SpdxLicenseList.Normalized;
import dev.ksa.catalog.Text;
import java.util.List;

/**
 * {@code spec.policy.denyLicenses} read against the SPDX License List: each id as the list writes it, a
 * deprecated one as its current equivalent ({@code AGPL-3.0} is {@code AGPL-3.0-only}, {@code GPL-2.0+} is
 * {@code GPL-2.0-or-later}). What was read differently from what was written is a note in the plan, so the
 * policy never means something other than what the profile seems to say without the reader being told.
 * Unknown ids never reach here: {@link ProfileChecks} rejects them with the closest listed id.
 */
final class DeniedLicenses {
    private DeniedLicenses() {}

    static List<Normalized> read(Profile profile) {
        return profile.spec().policy().denyLicenses().stream()
                .map(id -> SpdxLicenseList.get().normalize(id).orElseThrow(() -> new IllegalStateException("unchecked license id " + id)))
                .toList();
    }

    static void note(Draft draft) {
        for (Normalized n : draft.deniedLicenses) {
            if (!n.changed()) {
                continue;
            }
            String version = SpdxLicenseList.get().version();
            String laterKo = n.id().endsWith("-only") ? " 이후 버전도 금지하려면 " + n.id().replaceFirst("-only$", "-or-later") + "도 넣으세요." : "";
            String laterEn = n.id().endsWith("-only") ? " To deny later versions too, add " + n.id().replaceFirst("-only$", "-or-later") + "." : "";
            Text message = switch (n.change()) {
                case DEPRECATED -> Text.of(
                        "spec.policy.denyLicenses의 " + n.written() + "은(는) SPDX 라이선스 목록(" + version + ")에서 폐기된 id이므로 " + n.id()
                                + "(으)로 읽습니다." + laterKo,
                        "spec.policy.denyLicenses: " + n.written() + " is a deprecated id in the SPDX License List (" + version + "); it is read as "
                                + n.id() + "." + laterEn);
                case DEPRECATED_KEPT -> Text.of(
                        "spec.policy.denyLicenses의 " + n.written() + "은(는) SPDX 라이선스 목록(" + version + ")에서 폐기되었고 바로 대응하는 id가 없어 쓴 그대로 비교합니다.",
                        "spec.policy.denyLicenses: " + n.written() + " is deprecated in the SPDX License List (" + version
                                + ") and has no direct successor; it is matched as written.");
                default -> Text.of(
                        "spec.policy.denyLicenses의 " + n.written() + "을(를) SPDX 라이선스 목록의 표기대로 " + n.id() + "(으)로 읽습니다.",
                        "spec.policy.denyLicenses: " + n.written() + " is read as " + n.id() + ", as the SPDX License List writes it.");
            };
            draft.warn("license-id-normalized", PlanWarning.Severity.INFO, null, null, message);
        }
    }
}
