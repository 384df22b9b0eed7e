// `--format html`: one self-contained page that shows a comparison to people who do not live in a
// terminal. Everything is inline and a Content-Security-Policy forbids any load; with scripts off
// every change is still there (scripts only add the kind filter and n/p keys). Every string from an
// input is escaped; the comparison's JSON rides along in a data block whose `<` are escaped.
import { sha256 } from "../text/hash.js";
import type { Comparison, DiffToken, Evidence, Pair } from "../model.js";
import { isReported } from "../gate.js";
import { visibleControls } from "./controls.js";
import { jsonDocument } from "./json.js";
import { DEFAULT_ERROR_KINDS } from "./github.js";
import { evidenceText, pairLabel, pairNotes, sideTokens } from "./spans.js";
import { visibleRows, type View } from "./view.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text from an input, safe in an element or a quoted attribute; control characters shown, as in the terminal. */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/gu, (char) => ESCAPES[char]!);
}

/** JSON safe inside a script element: no `</script>`, no `<!--`, as every `<` is escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, "\\u003c").replace(/\u2028/gu, "\\u2028").replace(/\u2029/gu, "\\u2029");
}

// Colours: orange for removed, blue for added (told apart under red-green colour blindness), each
// with strike-through or underline, so colour is never the only mark. Every text colour is ≥ 4.5:1
// on its background in both schemes (test/render/html.test.ts computes the ratios).
const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#ffffff;--muted:#4d4d4d;--line:#d0d0d0;--del-fg:#7a2a00;--del-bg:#fde3cf;--ins-fg:#0b3a75;--ins-bg:#dcebfa;--badge-bg:#eeeeee;--badge-fg:#1b1b1b;--alert:#7a2a00}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--muted:#b3b3b3;--line:#3d3d3d;--del-fg:#ffc9a3;--del-bg:#4a1f05;--ins-fg:#b9d9ff;--ins-bg:#0c2c52;--badge-bg:#2e2e2e;--badge-fg:#f0f0f0;--alert:#ffc9a3}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 "DejaVu Sans",system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.4rem;margin:1rem 0 .5rem}h2{font-size:1.15rem;margin:1.5rem 0 .25rem}
a{color:inherit}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 0;border-bottom:1px solid var(--line)}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.controls legend{font-weight:bold;float:left;margin-right:.5rem}
.view-switch{position:absolute;opacity:0}
.versions{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;margin:.5rem 0}
.versions dt{font-weight:bold}.versions dd{margin:0;overflow-wrap:anywhere}
.summary{margin:.5rem 0}
.badge{display:inline-block;padding:0 .4rem;margin:0 .15rem;border:1px solid var(--line);border-radius:.6rem;background:var(--badge-bg);color:var(--badge-fg);font-size:.85rem;white-space:nowrap}
.badge.alert{border-color:var(--alert);font-weight:bold}
.badge[data-evidence]{cursor:help}
.badge[data-evidence]:hover::after,.badge[data-evidence]:focus::after{content:" — " attr(data-evidence);font-weight:normal}
ol.pairs{list-style:none;padding:0;margin:.5rem 0}
.pair{border-top:1px solid var(--line);padding:.4rem 0;scroll-margin-top:3rem}
.pair:target,.pair.current{outline:2px solid var(--ins-fg);outline-offset:2px}
.meta{font-size:.9rem;color:var(--muted)}
.meta a{text-decoration:none;font-family:"DejaVu Sans Mono",monospace;color:var(--fg)}
.context{color:var(--muted)}
del{color:var(--del-fg);background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:2px}
ins{color:var(--ins-fg);background:var(--ins-bg);text-decoration:underline;text-decoration-thickness:2px}
.side{display:none;grid-template-columns:1fr 1fr;gap:1rem}
.side>div{overflow-wrap:anywhere}
#view-side:checked~main .side{display:grid}
#view-side:checked~main .inline{display:none}
#view-inline:focus-visible~header .view-inline,#view-side:focus-visible~header .view-side{outline:2px solid var(--ins-fg)}
#view-inline:checked~header .view-inline,#view-side:checked~header .view-side{font-weight:bold;text-decoration:underline}
.controls label{cursor:pointer}
details.fold summary,details.boilerplate summary{cursor:pointer;color:var(--muted)}
.hidden{display:none}
.bar-rest{fill:var(--del-bg)}.bar-kept{fill:var(--ins-fg)}
.toc ol{columns:2}.timeline{border-collapse:collapse;margin:.5rem 0}.timeline td,.timeline th{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left}
details.step>summary{cursor:pointer;font-weight:bold;margin-top:1rem}
@media print{.controls,.view-switch{display:none}.side{display:none!important}.inline{display:block!important}body{font-size:11pt}}
`;

// Filters, next/previous change and print: progressive, the page reads the same without them.
const SCRIPT = `
(function(){
var doc=document;
var pairs=function(){return Array.prototype.slice.call(doc.querySelectorAll('.pair.change'));};
var shown=function(el){return !el.closest('.hidden')&&!el.classList.contains('hidden');};
function apply(){
  var kinds=Array.prototype.slice.call(doc.querySelectorAll('input[name=kind]')).filter(function(b){return b.checked;}).map(function(b){return b.value;});
  var only=doc.getElementById('only-changes');
  var hideCosmetic=doc.getElementById('hide-cosmetic');
  var cosmetic=['typography','case','spelling','punctuation','whitespace'];
  pairs().forEach(function(p){
    var ks=(p.getAttribute('data-kinds')||'').split(' ').filter(Boolean);
    var visible=kinds.length===0||ks.some(function(k){return kinds.indexOf(k)>=0;});
    if(hideCosmetic&&hideCosmetic.checked&&ks.length>0&&ks.every(function(k){return cosmetic.indexOf(k)>=0;}))visible=false;
    p.classList.toggle('hidden',!visible);
  });
  Array.prototype.slice.call(doc.querySelectorAll('.context,.fold')).forEach(function(c){c.classList.toggle('hidden',!!(only&&only.checked));});
}
doc.addEventListener('change',function(e){if(e.target&&(e.target.name==='kind'||e.target.id==='only-changes'||e.target.id==='hide-cosmetic'))apply();});
var current=-1;
doc.addEventListener('keydown',function(e){
  if(e.altKey||e.ctrlKey||e.metaKey)return;
  var t=e.target;if(t&&(t.tagName==='INPUT'||t.tagName==='TEXTAREA'))return;
  if(e.key!=='n'&&e.key!=='p')return;
  var list=pairs().filter(shown);if(list.length===0)return;
  var at=list.indexOf(doc.querySelector('.pair.current'));
  current=e.key==='n'?Math.min(list.length-1,at+1):Math.max(0,at<0?0:at-1);
  list.forEach(function(p){p.classList.remove('current');});
  var p=list[current];p.classList.add('current');p.scrollIntoView({block:'center'});
  if(history.replaceState)history.replaceState(null,'','#'+p.id);
});
window.addEventListener('beforeprint',function(){Array.prototype.slice.call(doc.querySelectorAll('details')).forEach(function(d){d.open=true;});});
doc.documentElement.classList.add('js');
})();
`;

const cspHash = (text: string) => `'sha256-${sha256(text, "base64")}'`;
/** Nothing loads from anywhere: only the page's own style and script, by their hashes. */
/** Made on first use: the hashes need node:crypto, which only an HTML report should load. */
let csp: string | undefined;
const contentSecurityPolicy = () =>
  (csp ??= `default-src 'none'; style-src ${cspHash(STYLE)}; script-src ${cspHash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`);

/** The kinds an editor must look at, as the github format's errors: their badges stand out. */
const SERIOUS = new Set<string>(DEFAULT_ERROR_KINDS);

function tokensHtml(tokens: readonly DiffToken[]): string {
  return tokens
    .map((token) => {
      const text = escapeHtml(token.text);
      if (token.op === "delete") return `<del><span class="sr">removed: </span>${text}</del>`;
      if (token.op === "insert") return `<ins><span class="sr">added: </span>${text}</ins>`;
      return text;
    })
    .join("");
}

function badges(pair: Pair): string {
  const evidence = new Map<string, Evidence[]>();
  for (const change of pair.changes ?? []) evidence.set(change.kind, [...(evidence.get(change.kind) ?? []), change]);
  return pair.kinds
    .map((kind) => {
      const said = (evidence.get(kind) ?? []).map(evidenceText).join("; ");
      const attributes = said ? ` tabindex="0" data-evidence="${escapeHtml(said)}" title="${escapeHtml(said)}"` : "";
      return `<span class="badge${SERIOUS.has(kind) ? " alert" : ""} kind-${kind}"${attributes}>${kind}</span>`;
    })
    .join("");
}

function notes(comparison: Comparison, pair: Pair): string {
  const said = pairNotes(comparison, pair);
  return said.length > 0 ? ` <span class="note">(${escapeHtml(said.join(", "))})</span>` : "";
}

const OP_LABEL: Record<Pair["op"], string> = { equal: "unchanged", changed: "changed", added: "added", removed: "removed", moved: "moved" };

function pairHtml(comparison: Comparison, pair: Pair, id: string, role: "change" | "context", label = escapeHtml(pairLabel(pair))): string {
  if (role === "context") {
    const text = sideTokens(pair.tokens, pair.new.length > 0 ? "new" : "old").map((token) => token.text).join("");
    return `<li class="pair context" id="${id}"><div class="meta"><a href="#${id}">${label}</a> unchanged</div><div>${escapeHtml(text)}</div></li>`;
  }
  const side = (which: "old" | "new") => tokensHtml(sideTokens(pair.tokens, which));
  return (
    `<li class="pair change op-${pair.op}" id="${id}" data-kinds="${pair.kinds.join(" ")}">` +
    `<div class="meta"><a href="#${id}">${label}</a> ${OP_LABEL[pair.op]}${notes(comparison, pair)} ${badges(pair)}</div>` +
    `<div class="inline">${tokensHtml(pair.tokens)}</div>` +
    `<div class="side"><div class="old"><span class="sr">old: </span>${side("old")}</div><div class="new"><span class="sr">new: </span>${side("new")}</div></div>` +
    `</li>`
  );
}

function versionHtml(label: string, side: Comparison["old"]): string {
  const parts = [escapeHtml(side.path)];
  if (side.date) parts.push(escapeHtml(side.date));
  if (side.dateline) parts.push(escapeHtml([side.dateline.place, side.dateline.date].filter(Boolean).join(", ")));
  if (side.byline) parts.push(escapeHtml(side.byline));
  // A page's own URL is shown, not linked: the report opens nothing (its CSP allows no navigation target either).
  if (side.url && side.url !== side.path) parts.push(`<span class="url">${escapeHtml(side.url)}</span>`);
  if (side.published) parts.push(`published ${escapeHtml(side.published)}`);
  if (side.modified) parts.push(`modified ${escapeHtml(side.modified)}`);
  return `<dt>${label}</dt><dd>${parts.join(" · ")}</dd>`;
}

function boilerplateHtml(comparison: Comparison): string {
  const removals = [
    ...comparison.old.removed.map((removal) => ({ ...removal, side: "old" })),
    ...comparison.new.removed.map((removal) => ({ ...removal, side: "new" })),
  ];
  if (removals.length === 0) return "";
  const items = removals.map((removal) => `<li><span class="badge">${removal.side}</span><span class="badge">${escapeHtml(removal.rule)}</span> ${escapeHtml(removal.text)}</li>`).join("");
  return `<details class="boilerplate"><summary>Boilerplate removed (${removals.length})</summary><ul>${items}</ul></details>`;
}

function summaryHtml(comparison: Comparison): string {
  const { summary } = comparison;
  const counts = (["changed", "added", "removed", "moved", "equal"] as const).map((op) => `${summary[op]} ${op}`).join(", ");
  const kinds = Object.entries(summary.kinds)
    .map(([kind, count]) => `<span class="badge${SERIOUS.has(kind) ? " alert" : ""} kind-${kind}">${kind} ${count}</span>`)
    .join("");
  return `<p class="summary">${counts} · similarity ${summary.similarity.toFixed(2)}${kinds ? ` · ${kinds}` : ""}</p>`;
}

/** One comparison as a section: header, summary, boilerplate, then the pairs with folds between. */
export function comparisonSection(comparison: Comparison, view: View, prefix = "p", heading = 2): string {
  // Ids are made from the prefix and pair numbers only: nothing from the input reaches an attribute unescaped.
  // As in the terminal: changes that --ignore leaves out read as unchanged context.
  const rows = visibleRows(comparison, view, (pair) => isReported(pair, view.gate));
  let next = 0;
  const items = rows.map((row) => {
    if ("fold" in row) {
      // The folded sentences are in the page, one click away.
      const folded = comparison.pairs.slice(next, next + row.fold).map((pair, k) => pairHtml(comparison, pair, `${prefix}${next + k + 1}`, "context"));
      next += row.fold;
      return `<li class="fold"><details class="fold"><summary>${row.fold} unchanged sentence${row.fold === 1 ? "" : "s"}</summary><ol class="pairs">${folded.join("")}</ol></details></li>`;
    }
    next = row.index + 1;
    return pairHtml(comparison, row.pair, `${prefix}${row.index + 1}`, row.role);
  });
  const { headline } = comparison;
  const headlineItem = headline === null ? "" : `<ol class="pairs headline">${pairHtml(comparison, headline, `${prefix}h`, isReported(headline, view.gate) ? "change" : "context", "headline")}</ol>`;
  const title = `${comparison.old.path} → ${comparison.new.path}`;
  return (
    `<section class="comparison"><h${heading}>${escapeHtml(title)}</h${heading}>` +
    `<dl class="versions">${versionHtml("Old", comparison.old)}${versionHtml("New", comparison.new)}</dl>` +
    summaryHtml(comparison) +
    boilerplateHtml(comparison) +
    headlineItem +
    (items.length > 0 ? `<ol class="pairs">${items.join("")}</ol>` : `<p>No change after normalization.</p>`) +
    `</section>`
  );
}

function controlsHtml(kinds: readonly string[]): string {
  const boxes = kinds.map((kind) => `<label><input type="checkbox" name="kind" value="${kind}"> ${kind}</label>`).join("");
  return (
    `<nav class="controls" aria-label="View and filters">` +
    `<span><label class="view-inline" for="view-inline">Inline</label> · <label class="view-side" for="view-side">Side by side</label></span>` +
    (kinds.length > 0 ? `<fieldset><legend>Show only</legend>${boxes}</fieldset>` : "") +
    `<label><input type="checkbox" id="hide-cosmetic"> hide cosmetic</label>` +
    `<label><input type="checkbox" id="only-changes"> only changes</label>` +
    `<span class="hint">keys: n next change, p previous</span>` +
    `</nav>`
  );
}

/** A page's start: head, style, the view switch and the controls, with a kind filter for `kinds`. */
export function pageStart(title: string, kinds: readonly string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="newsdiff">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<input type="radio" name="view" id="view-inline" class="view-switch" checked aria-label="Inline view">',
    '<input type="radio" name="view" id="view-side" class="view-switch" aria-label="Side-by-side view">',
    `<header><h1>What changed</h1>${controlsHtml(kinds)}</header>`,
    "<main>",
  ].join("\n");
}

/** A page's end: the data it shows, as the JSON output would give it, and the script. */
export function pageEnd(data: unknown): string {
  return ["</main>", `<script type="application/json" id="newsdiff-data">${scriptJson(data)}</script>`, `<script>${SCRIPT}</script>`, "</body>", "</html>", ""].join("\n");
}

/** The page for one comparison. Same input, same bytes. */
export function renderHtml(comparison: Comparison, view: View): string {
  const title = `newsdiff: ${comparison.old.path} → ${comparison.new.path}`;
  const kinds = new Set([...Object.keys(comparison.summary.kinds), ...(comparison.headline?.kinds ?? [])]);
  return pageStart(title, [...kinds]) + comparisonSection(comparison, view) + pageEnd(jsonDocument(comparison));
}

/** The contents of a page of many files or stories: a link to each section. */
export function tableOfContents(entries: readonly { id: string; title: string }[]): string {
  const items = entries.map((entry) => `<li><a href="#${entry.id}">${escapeHtml(entry.title)}</a></li>`).join("");
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${items}</ol></nav>`;
}

/** A step of a story, for its timeline. */
export interface StepLine {
  from: string;
  to: string;
  comparison: Comparison;
  /** Links shown with the step (a story read from the archive: its diff view, each capture). */
  links?: { label: string; href: string }[];
}

/** A story's versions as a timeline: each step's dates, counts, and similarity as a small bar. */
export function storyTimeline(steps: readonly StepLine[]): string {
  const linked = steps.some((step) => step.links !== undefined);
  const rows = steps.map(({ from, to, comparison, links }) => {
    const { summary } = comparison;
    const width = Math.round(summary.similarity * 100);
    const bar = `<svg width="100" height="10" role="img" aria-label="similarity ${summary.similarity.toFixed(2)}"><rect class="bar-rest" width="100" height="10"/><rect class="bar-kept" width="${width}" height="10"/></svg>`;
    const headline = comparison.headline !== null && comparison.headline.op !== "equal" ? comparison.headline : null;
    const kinds = [...(headline ? [`headline: ${headline.kinds.join(" ")}`] : []), ...Object.entries(summary.kinds).map(([kind, count]) => `${kind} ${count}`)].join(", ");
    const cells = linked ? `<td>${(links ?? []).map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`).join(" · ")}</td>` : "";
    return `<tr><td>${escapeHtml(from)} → ${escapeHtml(to)}</td><td>${headline ? "headline changed, " : ""}${summary.changed} changed, ${summary.added} added, ${summary.removed} removed${kinds ? `<br><small>${escapeHtml(kinds)}</small>` : ""}</td><td>${bar} ${summary.similarity.toFixed(2)}</td>${cells}</tr>`;
  });
  const linkHeading = linked ? `<th scope="col">in the archive</th>` : "";
  return `<table class="timeline"><thead><tr><th scope="col">step</th><th scope="col">changes</th><th scope="col">similarity</th>${linkHeading}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** A section of a many-file page: a heading with its anchor, then its comparisons, each step collapsible. */
export function manySection(id: string, title: string, body: string): string {
  return `<section class="entry" id="${id}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** A step of a story, collapsible, open. */
export function stepDetails(title: string, section: string): string {
  return `<details class="step" open><summary>${escapeHtml(title)}</summary>${section}</details>`;
}
