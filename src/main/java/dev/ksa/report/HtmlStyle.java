package dev.ksa.report;

/**
 * The HTML report's stylesheet. Tables have a fixed layout and long names wrap anywhere, so no
 * column pushes the page wider than the window (1024 px and up); the map and charts scale down
 * with the page. The severity filter and the grouping switch are checkboxes and radio buttons
 * styled as chips and tabs: {@code :checked} decides what shows, with no script.
 */
final class HtmlStyle {
    private HtmlStyle() {}

    static final String CSS = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK KR","Noto Sans KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;margin:0 auto;padding:20px 24px;color:#212121;max-width:1200px;line-height:1.45;word-break:keep-all;overflow-wrap:anywhere}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .meta{color:#616161;font-size:13px;margin:4px 0}
            .score{display:inline-block;font-size:26px;font-weight:700;padding:4px 12px;border-radius:8px;color:#fff;margin-right:8px;vertical-align:middle}
            .score-good{background:#2e7d32}.score-fair{background:#ef6c00}.score-poor{background:#c62828}
            .partial{background:#fff8e1;border:1px solid #ffb300;border-radius:6px;padding:8px 12px;font-size:14px}
            table{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}
            th,td{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-break:normal}
            th{background:#f5f5f5}code{font-size:12px;overflow-wrap:anywhere}
            .sev{font-weight:600}.sev-error{color:#c62828}.sev-warning{color:#b45309}.sev-info{color:#1565c0}
            .map-frame{width:100%;overflow:hidden}.map{width:100%;height:auto;display:block}
            .layer{fill:#fafafa;stroke:#e0e0e0}.layer-name{font-size:13px;font-weight:600;fill:#424242}
            .cat{font-size:12px;font-weight:600;fill:#212121}.comp{font-size:11px}.st{font-size:10px;fill:#616161}
            .charts{display:flex;flex-wrap:wrap;gap:24px}.chart{width:100%;max-width:540px;height:auto}.chart-title{font-size:13px;font-weight:600}
            .bar-label,.bar-value{font-size:11px;fill:#424242}
            .legend{margin:4px 0}.legend span{display:inline-block;margin-right:14px;font-size:12px;white-space:nowrap}
            .swatch{display:inline-block;width:12px;height:12px;border:2px solid;margin-right:4px;vertical-align:middle}
            .toggle{position:absolute;opacity:0;pointer-events:none}
            .controls{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:8px 0 12px;font-size:13px}
            .control-label{color:#616161;margin-left:8px}
            .chip,.tab{cursor:pointer;border:1px solid #bdbdbd;border-radius:14px;padding:2px 10px;background:#fff;color:#9e9e9e;text-decoration:line-through;user-select:none}
            .tab{border-radius:4px;text-decoration:none}
            #show-error:checked~.controls .chip-error{color:#c62828;border-color:#c62828;background:#ffebee;text-decoration:none}
            #show-warning:checked~.controls .chip-warning{color:#b45309;border-color:#ef6c00;background:#fff3e0;text-decoration:none}
            #show-info:checked~.controls .chip-info{color:#1565c0;border-color:#1565c0;background:#e3f2fd;text-decoration:none}
            #by-rule:checked~.controls .tab-rule,#by-namespace:checked~.controls .tab-namespace,#by-workload:checked~.controls .tab-workload{color:#fff;background:#424242;border-color:#424242}
            .toggle:focus-visible~.controls{outline:2px solid #1565c0;outline-offset:2px}
            .view{display:none}
            #by-rule:checked~.view-rule,#by-namespace:checked~.view-namespace,#by-workload:checked~.view-workload{display:block}
            #show-error:not(:checked)~.view .row-error,#show-warning:not(:checked)~.view .row-warning,#show-info:not(:checked)~.view .row-info{display:none}
            .group{border:1px solid #e0e0e0;border-radius:6px;margin:0 0 8px;padding:0 8px}
            .group summary{cursor:pointer;padding:6px 0;font-size:14px}
            .group-title{font-weight:600}.counts{float:right}.counts .count{margin-left:10px;font-size:12px}
            .remediation{font-size:13px;background:#f1f8e9;border-left:3px solid #7cb342;padding:6px 10px;margin:4px 0 8px}
            .findings .c-sev{width:84px}.findings .c-what{width:34%}
            .where,.why{color:#616161;font-size:12px}
            .status-missing{color:#c62828}.status-recommended{color:#2e7d32}.status-unknown{color:#6d4c41;font-style:italic}
            .warnings li{font-size:13px;margin:2px 0}
            @media (max-width:1100px){body{padding:16px}.findings .c-what{width:30%}}
            """;
}
