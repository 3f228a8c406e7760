/// The shell of the HTML reports (`explain --html`, `check --html`): one self-contained,
/// right-to-left page — inline style and script, no network asset — with a colour per label and
/// filters by label, rule and kept/dropped that every line row (`tr.line`) answers to.
struct ReportPage {
    var title: String
    /// Above the filters: summary tables.
    var head = ""
    /// The line tables.
    var body = ""

    func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <h1 dir="ltr">\(escape(title))</h1>
        \(head)
        <form id="filters" dir="ltr" onsubmit="return false">
        <label>label <select id="f-label"><option value="">all</option></select></label>
        <label>rule <select id="f-rule"><option value="">all</option></select></label>
        <label>action <select id="f-action"><option value="">all</option><option value="keep">kept</option><option value="drop">dropped</option><option value="changed">changed</option></select></label>
        <label><input type="checkbox" id="f-blank"> blank lines</label>
        <span id="shown"></span>
        </form>
        <table id="label-counts" dir="ltr"><thead><tr><th>label</th><th>lines</th><th>kept</th><th>dropped</th></tr></thead><tbody></tbody></table>
        \(body)
        <script>
        \(Self.script)
        </script>
        </body>
        </html>

        """
    }

    /// Label colours: content labels in greens and blues, metadata in ambers, chrome in greys and
    /// reds; kept lines full colour, dropped lines faded and struck through.
    static let labelColours: [(Label, String)] = [
        (.title, "#1f6feb"), (.lead, "#2da44e"), (.body, "#4ac26b"), (.caption, "#8250df"),
        (.credit, "#bf8700"), (.section, "#d4a72c"), (.navigation, "#6e7781"), (.related, "#cf222e"),
        (.comments, "#a40e26"), (.marker, "#8c959f"), (.widget, "#e16f24"), (.timestamp, "#9a6700"),
        (.footer, "#57606a"), (.boilerplate, "#424a53"), (.blank, "#d0d7de"),
    ]

    static var style: String {
        var css = """
        body { font: 15px/1.5 "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 1.2em; color: #1f2328; background: #fff; }
        h1 { font-size: 1.3em; margin: 0 0 .4em; } h2 { font-size: 1.05em; margin: 1.4em 0 .3em; direction: ltr; text-align: left; }
        table { border-collapse: collapse; margin: .4em 0; }
        th, td { border: 1px solid #d0d7de; padding: 2px 6px; vertical-align: top; }
        th { background: #f6f8fa; }
        #filters { position: sticky; top: 0; background: #fffe; padding: .4em 0; border-bottom: 1px solid #d0d7de; z-index: 1; text-align: left; }
        #filters label { margin-right: 1em; }
        #label-counts td, .summary td { text-align: right; } #label-counts td:first-child, .summary td:first-child { text-align: left; }
        table.lines { width: 100%; }
        table.lines td.n, table.lines td.a { color: #57606a; font-size: .85em; text-align: left; direction: ltr; white-space: nowrap; }
        td.label, td.rule, td.act, td.was { direction: ltr; text-align: left; font: 12px/1.6 monospace; white-space: nowrap; }
        tr.line td.label { color: #fff; font-weight: bold; }
        tr.line.drop td.text { text-decoration: line-through; color: #6e7781; }
        tr.line.drop { opacity: .75; }
        tr.line.changed td.was { background: #fff8c5; }
        .meta { direction: ltr; text-align: left; color: #57606a; font-size: .9em; margin: 0; }
        .fewer { color: #cf222e; } .more { color: #1a7f37; }
        .legend span { display: inline-block; padding: 0 .5em; margin: 2px; color: #fff; border-radius: 3px; font: 12px monospace; }

        """
        for (label, colour) in labelColours {
            css += "tr.line.l-\(label.rawValue) td.label, .legend .l-\(label.rawValue) { background: \(colour); }\n"
            css += "tr.line.keep.l-\(label.rawValue) td.text { border-right: 4px solid \(colour); }\n"
        }
        return css
    }

    /// Fills the label and rule filters from the rows, applies them, and counts the rows per
    /// label into `#label-counts` (what the browser test reads back).
    static let script = """
    (function () {
      var rows = Array.prototype.slice.call(document.querySelectorAll("tr.line"));
      var labels = {}, rules = {};
      rows.forEach(function (r) {
        var l = r.dataset.label, c = labels[l] || (labels[l] = {lines: 0, keep: 0, drop: 0});
        c.lines++; c[r.dataset.action === "keep" ? "keep" : "drop"]++;
        (r.dataset.rule || "").split(" ").forEach(function (x) { if (x) rules[x] = true; });
      });
      function fill(id, names) {
        var select = document.getElementById(id);
        names.sort().forEach(function (n) { var o = document.createElement("option"); o.value = n; o.textContent = n; select.appendChild(o); });
        select.addEventListener("change", apply);
      }
      fill("f-label", Object.keys(labels));
      fill("f-rule", Object.keys(rules));
      document.getElementById("f-action").addEventListener("change", apply);
      document.getElementById("f-blank").addEventListener("change", apply);
      var body = document.querySelector("#label-counts tbody");
      Object.keys(labels).sort().forEach(function (l) {
        var tr = document.createElement("tr"); tr.dataset.label = l;
        [l, labels[l].lines, labels[l].keep, labels[l].drop].forEach(function (v) {
          var td = document.createElement("td"); td.textContent = v; tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      function apply() {
        var label = document.getElementById("f-label").value, rule = document.getElementById("f-rule").value,
            action = document.getElementById("f-action").value, blank = document.getElementById("f-blank").checked, shown = 0;
        rows.forEach(function (r) {
          var ok = (blank || label === "blank" || r.dataset.label !== "blank") && (!label || r.dataset.label === label) &&
                   (!rule || (" " + r.dataset.rule + " ").indexOf(" " + rule + " ") >= 0) &&
                   (!action || (action === "changed" ? r.classList.contains("changed") : (r.dataset.action === "keep") === (action === "keep")));
          r.style.display = ok ? "" : "none";
          if (ok) shown++;
        });
        document.getElementById("shown").textContent = shown + " of " + rows.length + " lines shown";
      }
      apply();
    })();
    """

    /// A legend of the label colours.
    static var legend: String {
        "<p class=\"legend\" dir=\"ltr\">" + labelColours.map { "<span class=\"l-\($0.0.rawValue)\">\($0.0.rawValue)</span>" }.joined() + "</p>\n"
    }
}

/// Text for HTML: `&`, `<`, `>` and quotes escaped.
func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
