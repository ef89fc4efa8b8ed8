package dev.ksa.report;

import dev.ksa.catalog.Lang;

/** The few words reports print around the data, in the chosen language. */
final class Words {
    private final Lang lang;

    Words(Lang lang) {
        this.lang = lang;
    }

    String of(String ko, String en) {
        return lang == Lang.KO ? ko : en;
    }

    String status(String status) {
        return switch (status) {
            case "recommended" -> of("권장 구성", "recommended");
            case "alternative" -> of("대안", "alternative");
            case "dropped" -> of("에디션에서 빠짐", "dropped");
            case "missing" -> of("없음", "missing");
            case "not-observable" -> of("관찰 불가", "not observable");
            case "unknown" -> of("알 수 없음 (읽지 못함)", "unknown (not readable)");
            default -> status;
        };
    }

    String severity(String severity) {
        return switch (severity) {
            case "error" -> of("오류", "error");
            case "warning" -> of("경고", "warning");
            case "info" -> of("정보", "info");
            default -> severity;
        };
    }
}
