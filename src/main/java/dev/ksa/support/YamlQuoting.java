package dev.ksa.support;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * When a string must be quoted in YAML output: Jackson's rules, plus every plain scalar that a YAML 1.1 or 1.2
 * reader (kubectl, Helm, PyYAML, SnakeYAML) would take for something other than a string: numbers in any
 * notation ({@code 1e3}, {@code 0o17}, {@code .inf}, {@code 1:30}), dates, the YAML 1.1 booleans and {@code <<}.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
            "[-+]?(?=\\.?[0-9])[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?",
            "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "[-+]?0[xXoObB][0-9a-fA-F_]+",
            "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
            "(?i)y|n|yes|no|on|off|true|false|null|~",
            "<<|="));

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || NOT_A_STRING.matcher(value).matches();
    }
}
