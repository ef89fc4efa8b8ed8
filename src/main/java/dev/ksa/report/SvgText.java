package dev.ksa.report;

/**
 * Fits a label into a width of an SVG drawing. SVG text does not wrap or clip, so the label is
 * cut (with an ellipsis) by an estimate of its rendered width: wide characters (Hangul, CJK) take
 * about one em, capitals about 0.85 em, other Latin about 0.68 em (bold sans-serif fonts run
 * that wide), on the generous side so the label stays inside its box in any of the report's
 * fonts; the browser test measures the real boxes.
 */
final class SvgText {
    private SvgText() {}

    static String fit(String text, double fontSize, double maxWidth) {
        if (text == null) {
            return "";
        }
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        double budget = maxWidth - width("…", fontSize);
        StringBuilder out = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = charWidth(cp) * fontSize;
            if (used + w > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + "…";
    }

    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += charWidth(cp);
            i += Character.charCount(cp);
        }
        return em * fontSize;
    }

    private static double charWidth(int cp) {
        if (dev.ksa.support.DisplayWidth.of(new String(Character.toChars(cp))) >= 2) {
            return 1.0;
        }
        if (cp == ' ' || cp == '.' || cp == ',' || cp == 'i' || cp == 'l' || cp == 'j' || cp == '|' || cp == '\'' || cp == '(' || cp == ')') {
            return 0.4;
        }
        if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w' || cp == '@' || cp == '%') {
            return 0.85;
        }
        return 0.68;
    }
}
