#include "stylesheet.hpp"

#include "govtech/html_render.hpp"

namespace html_writer {

// Contrast (WCAG 2.1), text on page / on code background:
//   light: text 17.2 / 15.4, muted 8.9 / 7.9, links 6.4 / 5.7, rules 4.5 (non-text, >= 3)
//   dark:  text 15.3 / 13.5, muted 9.0 / 8.0, links 8.9 / 7.8, rules 5.4
// Links stay underlined, so they never depend on colour alone. Nothing scrolls sideways
// (long code lines wrap), which keeps every part of the page reachable by keyboard.
namespace {

std::string_view page_rules() {
  return R"css(:root {
  color-scheme: light dark;
  --page: #ffffff;
  --text: #1b1b1b;
  --muted: #4a4a4a;
  --link: #0b57d0;
  --code-page: #f2f2f2;
  --rule: #767676;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #121212;
    --text: #e8e8e8;
    --muted: #b4b4b4;
    --link: #8ab4f8;
    --code-page: #1f1f1f;
    --rule: #8a8a8a;
  }
}
body {
  margin: 0;
  background: var(--page);
  color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.6;
  overflow-wrap: break-word;
}
main {
  max-width: 42rem;
  margin: 0 auto;
  padding: 1.5rem 1.25rem 3rem;
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.25;
  margin: 2rem 0 0.75rem;
}
h1 { font-size: 2rem; margin-top: 0.5rem; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.2rem; }
h4, h5, h6 { font-size: 1rem; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.5rem; }
header p { margin: 0.25rem 0; color: var(--muted); }
header .subtitle { font-size: 1.2rem; color: var(--text); }
header .interviewee .name { color: var(--text); font-weight: 700; }
.speaker { font-weight: 700; }
section { margin-top: 2.5rem; }
nav.toc { border: 1px solid var(--rule); border-radius: 4px; padding: 0 1rem; margin: 1.5rem 0; }
nav.toc ol { padding-inline-start: 1.25rem; }
nav.toc li { margin: 0.35rem 0; }
blockquote {
  margin: 1.25rem 0;
  padding-block: 0;
  padding-inline: 1rem 0;
  border-inline-start: 4px solid var(--rule);
}
code, pre {
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.9em;
}
code { background: var(--code-page); padding: 0.1em 0.3em; border-radius: 3px; }
pre {
  background: var(--code-page);
  padding: 0.75rem 1rem;
  border-radius: 4px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
pre code { background: none; padding: 0; font-size: 1em; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 1.25rem 0; max-width: 100%; }
th, td { border: 1px solid var(--rule); padding: 0.4rem 0.6rem; vertical-align: top; }
th { text-align: start; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
ul, ol { padding-inline-start: 1.5rem; }
li > label > input { margin-block: 0; margin-inline: 0 0.3em; }
footer { border-top: 1px solid var(--rule); margin-top: 2.5rem; color: var(--muted); }
@media print {
  :root { --page: #ffffff; --text: #000000; --muted: #333333; --link: #000000; --rule: #666666;
          --code-page: #f2f2f2; }
  body { font-size: 11pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  a { text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  pre, blockquote, img, tr, figure { break-inside: avoid; }
  nav.toc { break-after: page; }
}
)css";
}

}  // namespace

const std::string& builtin_stylesheet() {
  // The script rules (govtech/html_render.hpp) come after the page's own, which they refine.
  static const std::string css =
      std::string(page_rules()) + std::string(govtech::script_stylesheet());
  return css;
}

}  // namespace html_writer
