package dev.ksa.catalog;

import java.util.Locale;

/** Output language. The default follows the locale, as kubectl users expect of their terminal. */
public enum Lang {
    KO, EN;

    public static Lang fromLocale() {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
            }
        }
        return Locale.getDefault().getLanguage().equals("ko") ? KO : EN;
    }

    public static Lang parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ko", "kr", "korean" -> KO;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + value + "' (use ko or en)");
        };
    }
}
